using System.Collections.Immutable;
using CounselingRecords.Billing.Payers;

namespace CounselingRecords.Billing.Coding;

/// <summary>
/// Checks the codes reported for one patient on one date against the exclusion and dependency rules of §1:
/// one time-based psychotherapy code (R1.3), E/M add-ons only with an E/M and never with 90832/90834/90837/90839/
/// +90840 (R1.6, R1.7), no diagnostic evaluation with crisis codes (R1.8), 90839 once and +90840 only with it
/// (R1.9, R1.10), crisis codes alone (R1.10), +90785 only with its allowed primaries (R1.11), and the payer's own
/// exclusions. The tables are data; checking allocates nothing.
/// </summary>
public static class CodeCombinationChecker
{
    private static readonly ImmutableArray<string> AddOns = [ProcedureCodes.PsychotherapyAddOn30, ProcedureCodes.PsychotherapyAddOn45, ProcedureCodes.PsychotherapyAddOn60];
    private static readonly ImmutableArray<string> Crisis = [ProcedureCodes.CrisisFirstHour, ProcedureCodes.CrisisAdditional30];
    private static readonly ImmutableArray<string> ComplexityPrimaries =
    [
        ProcedureCodes.DiagnosticEvaluation, ProcedureCodes.DiagnosticEvaluationWithMedical, ProcedureCodes.Psychotherapy30,
        ProcedureCodes.PsychotherapyAddOn30, ProcedureCodes.Psychotherapy45, ProcedureCodes.PsychotherapyAddOn45,
        ProcedureCodes.Psychotherapy60, ProcedureCodes.PsychotherapyAddOn60, ProcedureCodes.Group,
    ];

    /// <summary>Gets the default exclusions of CPT and the rules of §1, in the order they are checked.</summary>
    public static ImmutableArray<CodeExclusion> DefaultExclusions { get; } =
    [
        new("R1.8", BillingErrorCodes.CodingExcludedCombination,
            [ProcedureCodes.DiagnosticEvaluation, ProcedureCodes.DiagnosticEvaluationWithMedical], Crisis,
            "a diagnostic evaluation is not reported with crisis psychotherapy on the same date"),
        new("R1.7", BillingErrorCodes.CodingExcludedCombination,
            AddOns, [ProcedureCodes.Psychotherapy30, ProcedureCodes.Psychotherapy45, ProcedureCodes.Psychotherapy60, ProcedureCodes.CrisisFirstHour, ProcedureCodes.CrisisAdditional30],
            "the E/M psychotherapy add-ons are not reported with 90832, 90834, 90837, 90839 or +90840"),
        new("R1.10", BillingErrorCodes.CodingExcludedCombination,
            Crisis,
            [
                ProcedureCodes.DiagnosticEvaluation, ProcedureCodes.DiagnosticEvaluationWithMedical, ProcedureCodes.Psychotherapy30,
                ProcedureCodes.PsychotherapyAddOn30, ProcedureCodes.Psychotherapy45, ProcedureCodes.PsychotherapyAddOn45, ProcedureCodes.Psychotherapy60,
                ProcedureCodes.PsychotherapyAddOn60, ProcedureCodes.InteractiveComplexity, ProcedureCodes.FamilyWithoutPatient, ProcedureCodes.FamilyWithPatient,
            ],
            "crisis psychotherapy is not reported with 90791, 90792, 90832–90838, 90785, 90846 or 90847 on the same date"),
        new("R1.11", BillingErrorCodes.CodingExcludedCombination,
            [ProcedureCodes.InteractiveComplexity],
            [ProcedureCodes.CrisisFirstHour, ProcedureCodes.CrisisAdditional30, ProcedureCodes.FamilyWithoutPatient, ProcedureCodes.FamilyWithPatient, ProcedureCodes.MultipleFamilyGroup],
            "+90785 is not reported with 90839, +90840, 90846, 90847 or 90849"),
    ];

    /// <summary>Gets the BCBS-IL payer exclusion of R1.7: E/M psychotherapy add-ons are not reported with family psychotherapy.</summary>
    public static CodeExclusion AddOnsWithFamilyPsychotherapy { get; } = new(
        "R1.7", BillingErrorCodes.CodingExcludedCombination, AddOns, [ProcedureCodes.FamilyWithoutPatient, ProcedureCodes.FamilyWithPatient],
        "this payer does not accept the E/M psychotherapy add-ons with 90846/90847 on the same date");

    /// <summary>Checks the codes of one patient and date; each code appears once per line reported (units do not repeat it).</summary>
    /// <param name="codes">The codes.</param>
    /// <param name="payer">The payer whose extra exclusions apply, if any.</param>
    /// <returns>Valid, or the first rule broken.</returns>
    public static CombinationCheck Check(ReadOnlySpan<string> codes, PayerProfile? payer = null)
    {
        var timeBased = 0;
        var addOns = 0;
        var crisisFirst = 0;
        var crisisAdditional = false;
        var complexity = false;
        var evaluationAndManagement = false;
        var complexityPrimary = false;
        string? firstTimeBased = null;
        string? firstAddOn = null;
        foreach (var code in codes)
        {
            if (ProcedureCodes.IsTimeBasedPsychotherapy(code))
            {
                timeBased++;
                firstTimeBased ??= code;
            }

            if (ProcedureCodes.IsPsychotherapyAddOn(code))
            {
                addOns++;
                firstAddOn ??= code;
            }

            crisisFirst += code == ProcedureCodes.CrisisFirstHour ? 1 : 0;
            crisisAdditional |= code == ProcedureCodes.CrisisAdditional30;
            complexity |= code == ProcedureCodes.InteractiveComplexity;
            evaluationAndManagement |= ProcedureCodes.IsEvaluationAndManagement(code);
            complexityPrimary |= Contains(ComplexityPrimaries, code);
        }

        if (crisisFirst > 1)
        {
            return new CombinationCheck(BillingErrorCodes.CodingCrisisCodeRepeated, "R1.9", ProcedureCodes.CrisisFirstHour, null, "90839 is reported once per date of service; later crisis minutes add +90840 units");
        }

        if (crisisAdditional && crisisFirst == 0)
        {
            return new CombinationCheck(BillingErrorCodes.CodingAddOnWithoutPrimary, "R1.10", ProcedureCodes.CrisisAdditional30, null, "+90840 cannot stand alone; 90839 must be on the same claim");
        }

        if (addOns > 0 && !evaluationAndManagement)
        {
            return new CombinationCheck(BillingErrorCodes.CodingAddOnWithoutPrimary, "R1.6", firstAddOn, null, "the psychotherapy add-ons are reported only with an E/M code (99202–99255, 99304–99337, 99341–99350) on the same claim");
        }

        if (complexity && !complexityPrimary)
        {
            return new CombinationCheck(BillingErrorCodes.CodingAddOnWithoutPrimary, "R1.11", ProcedureCodes.InteractiveComplexity, null, "+90785 needs 90791, 90792, 90832–90838 or 90853; it is not reported with an E/M alone");
        }

        if (timeBased > 1 || addOns > 1)
        {
            return new CombinationCheck(BillingErrorCodes.CodingMultipleTimeBasedCodes, "R1.3", timeBased > 1 ? firstTimeBased : firstAddOn, null, "one time-based psychotherapy code per session with 1 unit; codes are not stacked (a 75-minute session is 90837 × 1)");
        }

        var check = CheckExclusions(codes, DefaultExclusions);
        if (!check.IsValid || payer is null)
        {
            return check;
        }

        return CheckExclusions(codes, payer.AdditionalExclusions);
    }

    private static CombinationCheck CheckExclusions(ReadOnlySpan<string> codes, ImmutableArray<CodeExclusion> exclusions)
    {
        foreach (var exclusion in exclusions)
        {
            foreach (var first in codes)
            {
                if (!exclusion.InFirst(first))
                {
                    continue;
                }

                foreach (var second in codes)
                {
                    if (!string.Equals(first, second, StringComparison.Ordinal) && exclusion.InSecond(second))
                    {
                        return new CombinationCheck(exclusion.ErrorCode, exclusion.RuleId, first, second, exclusion.Reason);
                    }
                }
            }
        }

        return CombinationCheck.Valid;
    }

    private static bool Contains(ImmutableArray<string> codes, string code)
    {
        foreach (var candidate in codes)
        {
            if (string.Equals(candidate, code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
