using System.Collections.Immutable;
using System.Globalization;
using CounselingRecords.Identity;
using CounselingRecords.Results;
using NodaTime;

namespace CounselingRecords.Records.Disclosures;

/// <summary>
/// A client's request for an accounting of disclosures (R7.9, 45 CFR 164.528): it covers the disclosures of the
/// <see cref="LookBackYears"/> years before the request (from the same calendar date six years earlier, that day
/// included, to the day of receipt), and is due <see cref="ActWithinDays"/> calendar days after receipt (day 60 is on
/// time, day 61 late), extended once by at most <see cref="ExtensionDays"/> days with a written notice given within
/// the first 60 days.
/// </summary>
public sealed record AccountingRequest
{
    /// <summary>The years the accounting looks back.</summary>
    public const int LookBackYears = 6;

    /// <summary>The days to act after receipt.</summary>
    public const int ActWithinDays = 60;

    /// <summary>The days of the one extension.</summary>
    public const int ExtensionDays = 30;

    /// <summary>The rule id.</summary>
    public const string RuleId = "R7.9";

    /// <summary>Initializes a new instance of the <see cref="AccountingRequest"/> class.</summary>
    /// <param name="clientId">The client asking.</param>
    /// <param name="receivedOn">The date the request was received.</param>
    /// <param name="extensionNoticeOn">The date the one extension notice was given, if it was.</param>
    /// <param name="providedOn">The date the accounting was provided, if it was.</param>
    /// <exception cref="ArgumentException">The dates are out of order, or the extension notice is later than day 60.</exception>
    public AccountingRequest(ClientId clientId, LocalDate receivedOn, LocalDate? extensionNoticeOn, LocalDate? providedOn)
    {
        ClientId = clientId.Require(nameof(clientId));
        ReceivedOn = receivedOn;
        if (extensionNoticeOn is { } notice && (notice < receivedOn || notice > receivedOn.PlusDays(ActWithinDays)))
        {
            throw new ArgumentException("The extension notice is given between receipt and day 60.", nameof(extensionNoticeOn));
        }

        if (providedOn < receivedOn)
        {
            throw new ArgumentException("The accounting is provided after the request is received.", nameof(providedOn));
        }

        ExtensionNoticeOn = extensionNoticeOn;
        ProvidedOn = providedOn;
    }

    /// <summary>Gets the client.</summary>
    public ClientId ClientId { get; }

    /// <summary>Gets the date received.</summary>
    public LocalDate ReceivedOn { get; }

    /// <summary>Gets the date of the extension notice, if any.</summary>
    public LocalDate? ExtensionNoticeOn { get; }

    /// <summary>Gets the date the accounting was provided, if it was.</summary>
    public LocalDate? ProvidedOn { get; }

    /// <summary>Gets the first day covered: the same date six years before receipt (included).</summary>
    public LocalDate CoversFrom => ReceivedOn.Minus(Period.FromYears(LookBackYears));

    /// <summary>Gets the last day covered: the day of receipt.</summary>
    public LocalDate CoversTo => ReceivedOn;

    /// <summary>Gets the due date: receipt + 60 days, or + 90 days once extended.</summary>
    public LocalDate DueOn => ReceivedOn.PlusDays(ActWithinDays + (ExtensionNoticeOn is null ? 0 : ExtensionDays));

    /// <summary>Receives a request.</summary>
    /// <param name="clientId">The client.</param>
    /// <param name="receivedOn">The date received.</param>
    /// <returns>The open request.</returns>
    public static AccountingRequest Receive(ClientId clientId, LocalDate receivedOn) => new(clientId, receivedOn, null, null);

    /// <summary>Uses the one 30-day extension, with the written notice given on <paramref name="noticeOn"/> (R7.9).</summary>
    /// <param name="noticeOn">The date of the notice.</param>
    /// <returns>The extended request; or <see cref="RecordsErrorCodes.AccountingExtensionAlreadyUsed"/> or <see cref="RecordsErrorCodes.AccountingExtensionTooLate"/>.</returns>
    public Result<AccountingRequest> Extend(LocalDate noticeOn)
    {
        if (ExtensionNoticeOn is not null)
        {
            return new DomainError(RecordsErrorCodes.AccountingExtensionAlreadyUsed, $"The accounting for client {ClientId} was already extended once.", RuleId, nameof(noticeOn));
        }

        if (noticeOn < ReceivedOn || noticeOn > ReceivedOn.PlusDays(ActWithinDays))
        {
            return new DomainError(RecordsErrorCodes.AccountingExtensionTooLate, $"The extension notice is given within {ActWithinDays} days of receipt ({Date(ReceivedOn.PlusDays(ActWithinDays))}).", RuleId, nameof(noticeOn));
        }

        return new AccountingRequest(ClientId, ReceivedOn, noticeOn, ProvidedOn);
    }

    /// <summary>Records that the accounting was provided.</summary>
    /// <param name="providedOn">The date.</param>
    /// <returns>The request with its provision date.</returns>
    /// <exception cref="ArgumentException">The date is before receipt.</exception>
    public AccountingRequest Provide(LocalDate providedOn) => new(ClientId, ReceivedOn, ExtensionNoticeOn, providedOn);

    /// <summary>Returns whether a disclosure is covered: the client's, dated from <see cref="CoversFrom"/> to <see cref="CoversTo"/> inclusive.</summary>
    /// <param name="entry">The disclosure.</param>
    /// <returns><see langword="true"/> when it belongs in the accounting.</returns>
    public bool Covers(DisclosureLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.ClientId == ClientId && entry.DisclosedOn >= CoversFrom && entry.DisclosedOn <= CoversTo;
    }

    /// <summary>Returns the disclosures the accounting lists, oldest first.</summary>
    /// <param name="log">The disclosure log.</param>
    /// <returns>The covered entries.</returns>
    public ImmutableArray<DisclosureLogEntry> Accounting(IEnumerable<DisclosureLogEntry> log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return [.. log.Where(Covers).OrderBy(e => e.DisclosedOn)];
    }

    /// <summary>Returns where the request stands on a date.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>Open, overdue, provided on time or provided late.</returns>
    public AccountingState StateOn(LocalDate asOf) => ProvidedOn is { } provided && provided <= asOf
        ? provided <= DueOn ? AccountingState.ProvidedOnTime : AccountingState.ProvidedLate
        : asOf <= DueOn ? AccountingState.Open : AccountingState.Overdue;

    /// <summary>Returns a sentence explaining the due date and the state on a date.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>The sentence.</returns>
    public string Explain(LocalDate asOf) =>
        $"The accounting of disclosures requested by client {ClientId} on {Date(ReceivedOn)} covers {Date(CoversFrom)} to {Date(CoversTo)} and is due {Date(DueOn)} "
        + $"({ActWithinDays} days{(ExtensionNoticeOn is { } n ? $" + one {ExtensionDays}-day extension noticed {Date(n)}" : string.Empty)}); on {Date(asOf)} it is {StateOn(asOf)} ({RuleId}).";

    /// <inheritdoc />
    public override string ToString() => $"AccountingRequest {ClientId} received {Date(ReceivedOn)}";

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
