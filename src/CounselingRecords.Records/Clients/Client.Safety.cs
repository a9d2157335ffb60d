using System.Collections.Immutable;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Records.Clinical;
using CounselingRecords.Records.Intake;
using CounselingRecords.Records.Notes;
using CounselingRecords.Records.Retention;
using CounselingRecords.Records.Signing;
using CounselingRecords.Results;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.Records.Clients;

/// <content>Safety flags and legal holds.</content>
public sealed partial class Client
{
    private static readonly LegalHoldValidator HoldValidator = new();

    /// <summary>
    /// Carries the safety flags of a signed intake's positive risk screen onto the client's record (R8.2). A kind
    /// already active is not raised twice.
    /// </summary>
    /// <param name="intake">The signed intake assessment.</param>
    /// <param name="raisedAt">When.</param>
    /// <returns>The client, or an error when the intake is another client's or not signed.</returns>
    public Result<Client> CarryForward(IntakeAssessment intake, Instant raisedAt)
    {
        ArgumentNullException.ThrowIfNull(intake);
        return CarryForward(intake.ClientId, intake.Status, intake.Risk, intake.ToReference(), raisedAt);
    }

    /// <summary>Carries the safety flags of a signed session note's positive risk screen onto the client's record (R8.2).</summary>
    /// <param name="note">The signed note.</param>
    /// <param name="raisedAt">When.</param>
    /// <returns>The client, or an error when the note is another client's or not signed.</returns>
    public Result<Client> CarryForward(SessionNote note, Instant raisedAt)
    {
        ArgumentNullException.ThrowIfNull(note);
        return CarryForward(note.ClientId, note.Status, note.Risk, note.ToReference(), raisedAt);
    }

    /// <summary>
    /// Raises a safety flag from a positive screen recorded outside a note or intake, for example a standalone
    /// PHQ-9 whose item 9 was answered above zero (R8.2). A kind already active is not raised twice: the client is
    /// returned unchanged.
    /// </summary>
    /// <param name="kind">The risk.</param>
    /// <param name="source">The record that holds the positive screen (for example the plan measurement).</param>
    /// <param name="raisedAt">When.</param>
    /// <returns>The client (unchanged when the kind is already active).</returns>
    /// <exception cref="ArgumentException">The kind is not defined or the source names no record type.</exception>
    public Client RaiseSafetyFlag(SafetyFlagKind kind, RecordReference source, Instant raisedAt)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(source.RecordType, nameof(source));
        return ActiveSafetyFlags().Contains(kind) ? this : With(safetyFlags: SafetyFlags.Add(new SafetyFlag(kind, source, raisedAt, null, null, null)));
    }

    /// <summary>Clears an active safety flag, with the clinician and the reason.</summary>
    /// <param name="kind">The flag.</param>
    /// <param name="clearedBy">The clinician clearing it.</param>
    /// <param name="reason">Why (for example a reassessment found no current risk).</param>
    /// <param name="clearedAt">When.</param>
    /// <returns>The client, or an error when no such flag is active or the reason is missing.</returns>
    public Result<Client> ClearSafetyFlag(SafetyFlagKind kind, ClinicianId clearedBy, string? reason, Instant clearedAt)
    {
        var index = SafetyFlags.IndexOf(SafetyFlags.FirstOrDefault(f => f.Kind == kind && f.IsActive())!);
        if (index < 0)
        {
            return new DomainError(RecordsErrorCodes.SafetyFlagNotActive, $"Client {Id} has no active {kind} flag.", null, kind.ToString());
        }

        if (clearedBy.IsEmpty() || string.IsNullOrWhiteSpace(reason))
        {
            return new DomainError(RecordsErrorCodes.SafetyFlagClearReasonMissing, "Clearing a safety flag names the clinician and the reason.", "R8.2", nameof(reason));
        }

        var flag = SafetyFlags[index];
        if (clearedAt < flag.RaisedAt)
        {
            return new DomainError(RecordsErrorCodes.SafetyFlagClearedBeforeRaised, "A safety flag is cleared after it was raised.", null, nameof(clearedAt));
        }

        return With(safetyFlags: SafetyFlags.SetItem(index, new SafetyFlag(flag.Kind, flag.Source, flag.RaisedAt, clearedAt, clearedBy, reason)));
    }

    /// <summary>Returns the kinds of safety flag in force, each once.</summary>
    /// <returns>The kinds.</returns>
    public ImmutableArray<SafetyFlagKind> ActiveSafetyFlags() =>
        SafetyFlags.Where(f => f.IsActive()).Select(f => f.Kind).Distinct().OrderBy(k => k).ToImmutableArray();

    /// <summary>Places a legal hold: from then on the records are never destroyed until it is released (R7.11).</summary>
    /// <param name="hold">The hold (not yet released).</param>
    /// <returns>The client, or an error when invalid, released already or the reference is in use.</returns>
    public Result<Client> PlaceLegalHold(LegalHold? hold)
    {
        var check = HoldValidator.Check(hold);
        if (check.Failure)
        {
            return check.ConvertError<Client>();
        }

        if (hold!.ReleasedOn is not null)
        {
            return new DomainError(RecordsErrorCodes.LegalHoldAlreadyReleased, "A new legal hold is not released yet.", "R7.11", nameof(hold.ReleasedOn));
        }

        if (LegalHolds.Any(h => string.Equals(h.Reference, hold.Reference, StringComparison.Ordinal)))
        {
            return new DomainError(RecordsErrorCodes.LegalHoldDuplicate, $"Client {Id} already has a legal hold with this reference.", "R7.11", nameof(hold.Reference));
        }

        return With(legalHolds: LegalHolds.Add(hold));
    }

    /// <summary>Releases a legal hold.</summary>
    /// <param name="reference">The hold's reference.</param>
    /// <param name="releasedOn">The release date.</param>
    /// <returns>The client, or an error when no such hold is in force or the date is before it was placed.</returns>
    public Result<Client> ReleaseLegalHold(string reference, LocalDate releasedOn)
    {
        var index = LegalHolds.IndexOf(LegalHolds.FirstOrDefault(h => string.Equals(h.Reference, reference, StringComparison.Ordinal) && h.ReleasedOn is null)!);
        if (index < 0)
        {
            return new DomainError(RecordsErrorCodes.LegalHoldNotFound, $"Client {Id} has no legal hold in force with this reference.", "R7.11", nameof(reference));
        }

        var hold = LegalHolds[index];
        if (releasedOn < hold.PlacedOn)
        {
            return new DomainError(RecordsErrorCodes.LegalHoldReleasedBeforePlaced, "A hold is released on or after the day it was placed.", "R7.11", nameof(releasedOn));
        }

        return With(legalHolds: LegalHolds.SetItem(index, new LegalHold(hold.Reference, hold.Matter, hold.PlacedOn, releasedOn)));
    }

    private Result<Client> CarryForward(ClientId clientId, DocumentStatus status, RiskAssessment risk, RecordReference source, Instant raisedAt)
    {
        if (clientId != Id)
        {
            return new DomainError(RecordsErrorCodes.RecordOfAnotherClient, $"{source} belongs to another client than {Id}.", null, source.ToString());
        }

        if (status is not (DocumentStatus.Signed or DocumentStatus.CoSigned or DocumentStatus.PendingCoSign))
        {
            return new DomainError(RecordsErrorCodes.DocumentNotSigned, $"{source} is not signed; only a signed screen raises a safety flag.", "R8.2", source.ToString());
        }

        var active = ActiveSafetyFlags();
        var raised = risk.RaisedFlags().Where(k => !active.Contains(k)).Select(k => new SafetyFlag(k, source, raisedAt, null, null, null));
        return With(safetyFlags: SafetyFlags.AddRange(raised));
    }
}
