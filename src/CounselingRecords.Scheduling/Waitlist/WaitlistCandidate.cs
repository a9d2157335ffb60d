using CounselingRecords.Identity;

namespace CounselingRecords.Scheduling.Waitlist;

/// <summary>A waiting client who matches a freed slot, with their place in the order and why.</summary>
/// <param name="EntryId">The waitlist entry.</param>
/// <param name="ClientId">The client.</param>
/// <param name="Rank">The place in the order (1 first).</param>
/// <param name="Reason">Why this place, as a sentence (S7.1, S7.2).</param>
public sealed record WaitlistCandidate(WaitlistEntryId EntryId, ClientId ClientId, int Rank, string Reason);
