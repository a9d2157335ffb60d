namespace CounselingRecords.Billing.Coding;

/// <summary>One code the selector reports: the code, its units, its modifiers, and why (rule id and reason).</summary>
/// <param name="Code">The CPT/HCPCS code.</param>
/// <param name="Units">The units (1 for the time-based psychotherapy codes, R1.3).</param>
/// <param name="Modifiers">The modifiers (telehealth, R1.16).</param>
/// <param name="Reason">Why the line was reported.</param>
/// <param name="RuleId">The rule behind it, for example <c>R1.1</c>.</param>
/// <param name="BasisMinutes">The minutes the decision rested on (0 for a code that is not time-based).</param>
public readonly record struct CodeLine(string Code, int Units, ModifierSet Modifiers, CodeLineReason Reason, string RuleId, int BasisMinutes)
{
    /// <summary>Gets a value indicating whether the code is an add-on that cannot stand alone.</summary>
    public bool IsAddOn => ProcedureCodes.IsPsychotherapyAddOn(Code) || Code is ProcedureCodes.CrisisAdditional30 or ProcedureCodes.InteractiveComplexity;

    /// <summary>Returns the sentence that explains the line.</summary>
    /// <returns>The explanation.</returns>
    public Explanation Explain() => new(RuleId, Reason switch
    {
        CodeLineReason.IndividualTimeBand => $"{BasisMinutes} face-to-face psychotherapy minutes fall in the {Band(CodeTables.IndividualPsychotherapy)} band: {Code} × 1; one time-based code per session, never stacked.",
        CodeLineReason.AddOnTimeBand => $"{BasisMinutes} psychotherapy minutes with a separately identifiable E/M fall in the {Band(CodeTables.PsychotherapyWithEvaluationAndManagement)} band: add-on +{Code} × 1, reported with the E/M code.",
        CodeLineReason.CrisisUnderThirtyMinutes => $"{BasisMinutes} crisis minutes are under 30, so crisis codes are not reportable; reported as {Code} ({Band(CodeTables.IndividualPsychotherapy)} or its E/M add-on band).",
        CodeLineReason.CrisisFirstHour => $"{BasisMinutes} total crisis minutes on the date (30 or more): 90839 × 1, once per date.",
        CodeLineReason.CrisisAdditionalBlocks => $"{BasisMinutes} total crisis minutes pass 74: +90840 × {Units}, one per 30-minute block beyond 74 minutes.",
        CodeLineReason.DiagnosticEvaluation => $"Psychiatric diagnostic evaluation {Code}: not time-based, reported once for the episode.",
        CodeLineReason.Family => $"{BasisMinutes} minutes of family psychotherapy (26 or more): {Code} × 1.",
        CodeLineReason.Group => $"Group psychotherapy with a documented participant count: {Code} × 1 for this patient.",
        CodeLineReason.MultipleFamilyGroup => $"Multiple-family group psychotherapy covered by the payer: {Code} × 1.",
        CodeLineReason.InteractiveComplexity => $"At least one documented interactive-complexity factor: add-on +{Code} × 1; it does not change the time code.",
        CodeLineReason.TimedUnits => $"{BasisMinutes} minutes of a 15-minute code give {Units} unit{(Units == 1 ? string.Empty : "s")} by the 8-minute rule: {Code} × {Units}.",
        _ => $"{Code} × {Units}.",
    } + (Modifiers.Count > 0 ? $" Modifiers: {Modifiers}." : string.Empty));

    /// <summary>Formats as <c>90834 × 1 [95]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Modifiers.Count > 0 ? $"{Code} × {Units} [{Modifiers}]" : $"{Code} × {Units}";

    private string Band(System.Collections.Immutable.ImmutableArray<TimeBand> table) =>
        CodeTables.TryFindBand(table, BasisMinutes, out var band) ? $"{band.MinimumMinutes}{(band.MaximumMinutes is { } max ? $"–{max}" : "+")} minute" : "16-minute floor";
}
