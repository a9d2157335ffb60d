namespace CounselingRecords.Policies;

/// <summary>
/// One input a rule decided on, as a name and an invariant text value (for example <c>notice</c> =
/// <c>23:00:00</c>, <c>payer-class</c> = <c>Medicaid</c>). Inputs name ids, amounts, times and codes only,
/// never clinical content.
/// </summary>
/// <param name="Name">The input's name, lowercase with hyphens.</param>
/// <param name="Value">The value in invariant text form.</param>
public readonly record struct RuleInput(string Name, string Value)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name}={Value}";
}
