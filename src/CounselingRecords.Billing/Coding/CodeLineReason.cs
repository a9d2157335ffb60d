namespace CounselingRecords.Billing.Coding;

/// <summary>Why the selector reported a code line; each value names the rule of §1 behind it.</summary>
public enum CodeLineReason
{
    /// <summary>Individual psychotherapy minutes fell in an R1.1 band.</summary>
    IndividualTimeBand,

    /// <summary>Psychotherapy minutes with an E/M fell in an R1.6 add-on band.</summary>
    AddOnTimeBand,

    /// <summary>A crisis session under 30 minutes is reported as ordinary psychotherapy (R1.9).</summary>
    CrisisUnderThirtyMinutes,

    /// <summary>Crisis minutes of 30–74 (and beyond) report 90839 once per date (R1.9).</summary>
    CrisisFirstHour,

    /// <summary>Each 30-minute crisis block beyond 74 minutes adds a +90840 unit (R1.9).</summary>
    CrisisAdditionalBlocks,

    /// <summary>A psychiatric diagnostic evaluation (R1.8).</summary>
    DiagnosticEvaluation,

    /// <summary>Family psychotherapy of at least 26 minutes (R1.12).</summary>
    Family,

    /// <summary>Group psychotherapy with a documented participant count (R1.13).</summary>
    Group,

    /// <summary>Multiple-family group psychotherapy, covered by the payer (R1.13).</summary>
    MultipleFamilyGroup,

    /// <summary>Interactive complexity with at least one documented factor (R1.11).</summary>
    InteractiveComplexity,

    /// <summary>Units of a 15-minute code by the 8-minute rule (R1.14).</summary>
    TimedUnits,
}
