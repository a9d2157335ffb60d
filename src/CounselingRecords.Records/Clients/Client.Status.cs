using CounselingRecords.Results;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.Records.Clients;

/// <content>The status lifecycle.</content>
public sealed partial class Client
{
    private static readonly StatusChangeRequestValidator StatusValidator = new();

    /// <summary>
    /// Moves the client to another status when <see cref="ClientStatusTransitions"/> allows it. Refused: an unknown or
    /// disallowed transition, an effective date before the previous change or before birth, and activating a minor
    /// without a legal guardian on file.
    /// </summary>
    /// <param name="request">The requested change.</param>
    /// <param name="recordedAt">When it is recorded.</param>
    /// <param name="ageOfMajority">The age of majority (default 18, R7.11).</param>
    /// <returns>The client, or the reason it was refused.</returns>
    public Result<Client> ChangeStatus(StatusChangeRequest? request, Instant recordedAt, int ageOfMajority = DefaultAgeOfMajority)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ageOfMajority);
        var check = StatusValidator.Check(request);
        if (check.Failure)
        {
            return check.ConvertError<Client>();
        }

        var input = check.Value;
        if (!ClientStatusTransitions.IsAllowed(Status, input.Target))
        {
            return new DomainError(
                RecordsErrorCodes.ClientTransitionNotAllowed,
                $"Client {Id} cannot go from {Status} to {input.Target}; allowed: {string.Join(", ", ClientStatusTransitions.AllowedFrom(Status))}.",
                null,
                Id.ToString());
        }

        if (input.EffectiveDate < Demographics.DateOfBirth
            || (StatusHistory.Length > 0 && input.EffectiveDate < StatusHistory[^1].EffectiveDate))
        {
            return new DomainError(RecordsErrorCodes.ClientStatusDateOutOfOrder, $"Client {Id}: the effective date is before the previous status change or the date of birth.", null, nameof(request.EffectiveDate));
        }

        if (input.Target == ClientStatus.Active && Demographics.IsMinorOn(input.EffectiveDate, ageOfMajority) && Guardians().Length == 0)
        {
            return new DomainError(RecordsErrorCodes.ClientMinorWithoutGuardian, $"Client {Id} is a minor on {input.EffectiveDate}; a legal guardian must be on file before care starts.", null, Id.ToString());
        }

        var change = new ClientStatusChange(Status, input.Target, input.EffectiveDate, input.DischargeReason, string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason, recordedAt);
        return With(status: input.Target, statusHistory: StatusHistory.Add(change));
    }

    /// <summary>Admits the client to care (from prospective, inactive or discharged).</summary>
    /// <param name="effectiveDate">The date care starts or resumes.</param>
    /// <param name="recordedAt">When recorded.</param>
    /// <param name="ageOfMajority">The age of majority.</param>
    /// <returns>The client, or the reason it was refused.</returns>
    public Result<Client> Activate(LocalDate effectiveDate, Instant recordedAt, int ageOfMajority = DefaultAgeOfMajority) =>
        ChangeStatus(new StatusChangeRequest(ClientStatus.Active, effectiveDate, null, null), recordedAt, ageOfMajority);

    /// <summary>Marks an active client inactive (a pause in care), with the reason.</summary>
    /// <param name="effectiveDate">The date.</param>
    /// <param name="reason">Why.</param>
    /// <param name="recordedAt">When recorded.</param>
    /// <returns>The client, or the reason it was refused.</returns>
    public Result<Client> Deactivate(LocalDate effectiveDate, string reason, Instant recordedAt) =>
        ChangeStatus(new StatusChangeRequest(ClientStatus.Inactive, effectiveDate, null, reason), recordedAt);

    /// <summary>Discharges the client, with the date and reason care ended.</summary>
    /// <param name="effectiveDate">The discharge date.</param>
    /// <param name="reason">Why care ended.</param>
    /// <param name="comment">The reason in words (required for <see cref="DischargeReason.Other"/>).</param>
    /// <param name="recordedAt">When recorded.</param>
    /// <returns>The client, or the reason it was refused.</returns>
    public Result<Client> Discharge(LocalDate effectiveDate, DischargeReason reason, string? comment, Instant recordedAt) =>
        ChangeStatus(new StatusChangeRequest(ClientStatus.Discharged, effectiveDate, reason, comment), recordedAt);

    /// <summary>Archives the record (from prospective, inactive or discharged).</summary>
    /// <param name="effectiveDate">The date.</param>
    /// <param name="recordedAt">When recorded.</param>
    /// <returns>The client, or the reason it was refused.</returns>
    public Result<Client> Archive(LocalDate effectiveDate, Instant recordedAt) =>
        ChangeStatus(new StatusChangeRequest(ClientStatus.Archived, effectiveDate, null, null), recordedAt);

    /// <summary>Returns the last discharge, if the client was ever discharged.</summary>
    /// <returns>The change, or <see langword="null"/>.</returns>
    public ClientStatusChange? LastDischarge() => StatusHistory.LastOrDefault(c => c.To == ClientStatus.Discharged);
}
