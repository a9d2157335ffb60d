namespace CounselingRecords.Billing.Coding;

/// <summary>
/// The CPT code numbers the selector reports. The library holds code numbers and time thresholds only; the AMA
/// descriptor text needs a licence and is not shipped (rules, design note 1).
/// </summary>
public static class ProcedureCodes
{
    /// <summary>Psychotherapy, 30 minutes (16–37 min, R1.1).</summary>
    public const string Psychotherapy30 = "90832";

    /// <summary>Psychotherapy, 45 minutes (38–52 min, R1.1).</summary>
    public const string Psychotherapy45 = "90834";

    /// <summary>Psychotherapy, 60 minutes (53 min or more, R1.1).</summary>
    public const string Psychotherapy60 = "90837";

    /// <summary>Add-on psychotherapy with E/M, 30 minutes (R1.6).</summary>
    public const string PsychotherapyAddOn30 = "90833";

    /// <summary>Add-on psychotherapy with E/M, 45 minutes (R1.6).</summary>
    public const string PsychotherapyAddOn45 = "90836";

    /// <summary>Add-on psychotherapy with E/M, 60 minutes (R1.6).</summary>
    public const string PsychotherapyAddOn60 = "90838";

    /// <summary>Psychiatric diagnostic evaluation (R1.8).</summary>
    public const string DiagnosticEvaluation = "90791";

    /// <summary>Psychiatric diagnostic evaluation with medical services (R1.8).</summary>
    public const string DiagnosticEvaluationWithMedical = "90792";

    /// <summary>Psychotherapy for crisis, first 60 minutes (30–74 min, R1.9).</summary>
    public const string CrisisFirstHour = "90839";

    /// <summary>Psychotherapy for crisis, each additional 30 minutes (R1.9).</summary>
    public const string CrisisAdditional30 = "90840";

    /// <summary>Interactive complexity add-on (R1.11).</summary>
    public const string InteractiveComplexity = "90785";

    /// <summary>Family psychotherapy without the patient (R1.12).</summary>
    public const string FamilyWithoutPatient = "90846";

    /// <summary>Family psychotherapy with the patient (R1.12).</summary>
    public const string FamilyWithPatient = "90847";

    /// <summary>Multiple-family group psychotherapy (R1.13).</summary>
    public const string MultipleFamilyGroup = "90849";

    /// <summary>Group psychotherapy other than multiple-family (R1.13).</summary>
    public const string Group = "90853";

    /// <summary>Returns whether the code is a time-based individual psychotherapy code (90832/90834/90837).</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> for 90832, 90834 and 90837.</returns>
    public static bool IsTimeBasedPsychotherapy(string? code) => code is Psychotherapy30 or Psychotherapy45 or Psychotherapy60;

    /// <summary>Returns whether the code is a psychotherapy add-on to an E/M (+90833/+90836/+90838).</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> for 90833, 90836 and 90838.</returns>
    public static bool IsPsychotherapyAddOn(string? code) => code is PsychotherapyAddOn30 or PsychotherapyAddOn45 or PsychotherapyAddOn60;

    /// <summary>
    /// Returns whether the code is an E/M code a psychotherapy add-on may accompany: 99202–99255, 99304–99337
    /// or 99341–99350 (R1.6).
    /// </summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> for an E/M code in those ranges.</returns>
    public static bool IsEvaluationAndManagement(string? code)
    {
        if (code is null || code.Length != 5 || code[0] != '9' || code[1] != '9')
        {
            return false;
        }

        var number = 0;
        foreach (var c in code)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            number = (number * 10) + (c - '0');
        }

        return number is (>= 99202 and <= 99255) or (>= 99304 and <= 99337) or (>= 99341 and <= 99350);
    }
}
