using CounselingRecords.Finance;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Billing.Catalog;

/// <summary>
/// One effective-dated rate for a service, scoped to a clinician, a payer, both, or one client's cash rate. A rate
/// with no scope replaces the service default for its dates.
/// </summary>
/// <param name="Service">The service.</param>
/// <param name="Amount">The rate per session (per unit for timed codes).</param>
/// <param name="EffectiveFrom">The first date of service it applies to.</param>
/// <param name="EffectiveTo">The last date of service it applies to, or <see langword="null"/> for open-ended.</param>
/// <param name="Clinician">The rendering clinician it applies to, or <see langword="null"/> for any.</param>
/// <param name="Payer">The payer it applies to, or <see langword="null"/> for any.</param>
/// <param name="Client">The client whose agreed cash rate it is (self-pay only), or <see langword="null"/>.</param>
public sealed record FeeRate(ServiceId Service, Money Amount, LocalDate EffectiveFrom, LocalDate? EffectiveTo, ClinicianId? Clinician, PayerId? Payer, ClientId? Client)
{
    /// <summary>Gets the rate.</summary>
    public Money Amount { get; init; } = !Amount.IsNegative && Amount.IsRoundedToMinorUnit
        ? Amount
        : throw new ArgumentException("A rate is a non-negative amount rounded to the minor unit.", nameof(Amount));

    /// <summary>Gets the last date it applies to.</summary>
    public LocalDate? EffectiveTo { get; init; } = EffectiveTo is not { } to || to >= EffectiveFrom
        ? EffectiveTo
        : throw new ArgumentException("A rate cannot end before it starts.", nameof(EffectiveTo));

    /// <summary>Gets the client of a cash rate.</summary>
    public ClientId? Client { get; init; } = Client is null || Payer is null
        ? Client
        : throw new ArgumentException("A client cash rate applies to self-pay only; it cannot name a payer.", nameof(Client));

    /// <summary>Gets how specific the rate is.</summary>
    public RateSource Source => (Client, Payer, Clinician) switch
    {
        ({ }, _, _) => RateSource.ClientCashRate,
        (null, { }, { }) => RateSource.PayerAndClinician,
        (null, { }, null) => RateSource.Payer,
        (null, null, { }) => RateSource.Clinician,
        _ => RateSource.Schedule,
    };

    /// <summary>Returns whether the rate applies on the date.</summary>
    /// <param name="dateOfService">The date of service.</param>
    /// <returns><see langword="true"/> when effective.</returns>
    public bool IsEffectiveOn(LocalDate dateOfService) => dateOfService >= EffectiveFrom && (EffectiveTo is not { } to || dateOfService <= to);
}
