using System.Collections.Immutable;
using CounselingRecords.Coding;
using CounselingRecords.Finance;

namespace CounselingRecords.Billing.Estimates;

/// <summary>
/// One expected item or service (R3.5 items 3–4): the provider, service code, plain description, applicable diagnosis
/// codes, quantity and charge. Missed-appointment fees are not expected services and do not belong on an estimate.
/// </summary>
/// <param name="ProviderNpi">The NPI of the provider who furnishes it.</param>
/// <param name="ServiceCode">The expected service code.</param>
/// <param name="Description">A clear-language description.</param>
/// <param name="DiagnosisCodes">The applicable diagnosis codes (the client may decline to have them listed).</param>
/// <param name="Quantity">How many are expected in the period.</param>
/// <param name="UnitCharge">The expected charge of each, after any sliding-fee discount the client has.</param>
public sealed record GfeItem(string ProviderNpi, string ServiceCode, string Description, ImmutableArray<DiagnosisCode> DiagnosisCodes, int Quantity, Money UnitCharge)
{
    /// <summary>Gets the diagnosis codes.</summary>
    public ImmutableArray<DiagnosisCode> DiagnosisCodes { get; init; } = DiagnosisCodes.IsDefault ? [] : DiagnosisCodes;

    /// <summary>Gets the expected charge: quantity × unit charge.</summary>
    public Money ExpectedCharge => UnitCharge.Multiply(Quantity);
}
