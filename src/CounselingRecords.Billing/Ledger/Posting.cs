using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Billing.Ledger;

/// <summary>Who posts a ledger entry, when, and under which id (R6.9: every adjustment carries an author and a timestamp).</summary>
/// <param name="EntryId">The new entry's id, from the host's id generator.</param>
/// <param name="PostedOn">The accounting date: statements put the entry in the period containing it. Never before the last entry's date.</param>
/// <param name="RecordedAt">When the entry was recorded.</param>
/// <param name="RecordedBy">Who recorded it.</param>
public readonly record struct Posting(LedgerEntryId EntryId, LocalDate PostedOn, Instant RecordedAt, UserId RecordedBy);
