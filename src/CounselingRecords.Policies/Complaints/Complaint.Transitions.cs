using CounselingRecords.Access;
using CounselingRecords.Identity;
using CounselingRecords.Results;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.Policies.Complaints;

/// <content>The transitions of a complaint; <see cref="ComplaintWorkflow"/> calls them after checking access, and audits each.</content>
public sealed partial class Complaint
{
    private static readonly ComplaintDetailsValidator DetailsValidator = new();
    private static readonly ComplaintTargetsValidator TargetsValidator = new();
    private static readonly ComplaintResolutionDetailsValidator ResolutionValidator = new();
    private static readonly ComplaintEscalationDetailsValidator EscalationValidator = new();

    internal static Result<Complaint> Receive(ComplaintId id, ComplaintDetails details, ComplaintTargets targets, Instant at, UserId by)
    {
        var checkedDetails = DetailsValidator.Check(details);
        if (checkedDetails.Failure)
        {
            return checkedDetails.ConvertError<Complaint>();
        }

        var checkedTargets = TargetsValidator.Check(targets);
        if (checkedTargets.Failure)
        {
            return checkedTargets.ConvertError<Complaint>();
        }

        return new Complaint(
            id,
            details.ClientId,
            details.Channel,
            details.Category,
            details.Complainant,
            details.Against,
            details.Summary,
            details.RelatedRecords,
            at,
            by,
            ComplaintStatus.Received,
            at + targets.AcknowledgeWithin,
            at + targets.ResolveWithin,
            at + targets.RespondWithin,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            null,
            null,
            null,
            null,
            null,
            [new ComplaintStep(at, by, ComplaintStatus.Received, "received")],
            0);
    }

    internal Result<Complaint> Acknowledge(Instant at, UserId by) =>
        Step(at, by, ComplaintStatus.Acknowledged, "acknowledged", [ComplaintStatus.Received], (status, steps) => With(status: status, steps: steps, acknowledgedAt: at));

    internal Result<Complaint> StartInvestigation(Actor investigator, Instant at, UserId by)
    {
        ArgumentNullException.ThrowIfNull(investigator);
        if (Against.Is(investigator))
        {
            return new DomainError(
                PoliciesErrorCodes.ComplaintInvestigatorIsSubject,
                $"User {investigator.UserId} is the subject of complaint {Id} and cannot investigate it.",
                target: Key);
        }

        return Step(at, by, ComplaintStatus.Investigating, "investigation started", [ComplaintStatus.Acknowledged], (status, steps) =>
            With(status: status, steps: steps, investigatorId: investigator.UserId, investigationStartedAt: at));
    }

    internal Result<Complaint> Resolve(ComplaintResolutionDetails resolution, Instant at, UserId by)
    {
        var checkedResolution = ResolutionValidator.Check(resolution);
        if (checkedResolution.Failure)
        {
            return checkedResolution.ConvertError<Complaint>();
        }

        return Step(at, by, ComplaintStatus.Resolved, "resolved", [ComplaintStatus.Investigating], (status, steps) => With(
            status: status,
            steps: steps,
            finding: resolution.Finding,
            findingSummary: resolution.FindingSummary,
            correctiveAction: string.IsNullOrWhiteSpace(resolution.CorrectiveAction) ? null : resolution.CorrectiveAction,
            resolvedAt: at,
            resolvedBy: by));
    }

    internal Result<Complaint> SendResponse(ResponseMethod method, bool appealInformationProvided, Instant at, UserId by)
    {
        if (!Enum.IsDefined(method))
        {
            return new DomainError(PoliciesErrorCodes.ComplaintUnknownValue, "Unknown response method.", target: Key);
        }

        return Step(at, by, ComplaintStatus.ResponseSent, "response sent", [ComplaintStatus.Resolved], (status, steps) => With(
            status: status,
            steps: steps,
            responseSentAt: at,
            responseMethod: method,
            appealInformationProvided: appealInformationProvided));
    }

    internal Result<Complaint> Escalate(ComplaintEscalationDetails escalation, Instant at, UserId by)
    {
        var checkedEscalation = EscalationValidator.Check(escalation);
        if (checkedEscalation.Failure)
        {
            return checkedEscalation.ConvertError<Complaint>();
        }

        ComplaintStatus[] from =
        [
            ComplaintStatus.Received, ComplaintStatus.Acknowledged, ComplaintStatus.Investigating,
            ComplaintStatus.Resolved, ComplaintStatus.ResponseSent, ComplaintStatus.Closed,
        ];
        return Step(at, by, ComplaintStatus.Escalated, "escalated", from, (status, steps) => With(
            status: status,
            steps: steps,
            escalatedTo: escalation.Body,
            externalBodyName: escalation.BodyName,
            externalReference: escalation.Reference,
            escalatedAt: at));
    }

    internal Result<Complaint> Close(Instant at, UserId by) =>
        Step(at, by, ComplaintStatus.Closed, "closed", [ComplaintStatus.ResponseSent, ComplaintStatus.Escalated], (status, steps) => With(status: status, steps: steps, closedAt: at));

    private Result<Complaint> Step(Instant at, UserId by, ComplaintStatus to, string action, ComplaintStatus[] from, Func<ComplaintStatus, System.Collections.Immutable.ImmutableArray<ComplaintStep>, Complaint> change)
    {
        if (!from.Contains(Status))
        {
            return new DomainError(
                PoliciesErrorCodes.ComplaintInvalidTransition,
                $"Complaint {Id} is {Status}; it cannot be {action} from there.",
                target: Key);
        }

        if (at < Steps[^1].At)
        {
            return new DomainError(PoliciesErrorCodes.ComplaintTimeBeforePreviousStep, $"A step of complaint {Id} cannot be dated before its previous step.", target: Key);
        }

        return change(to, Steps.Add(new ComplaintStep(at, by, to, action)));
    }

    private Complaint With(
        ComplaintStatus? status = null,
        Instant? acknowledgedAt = null,
        UserId? investigatorId = null,
        Instant? investigationStartedAt = null,
        ComplaintFinding? finding = null,
        string? findingSummary = null,
        string? correctiveAction = null,
        Instant? resolvedAt = null,
        UserId? resolvedBy = null,
        Instant? responseSentAt = null,
        ResponseMethod? responseMethod = null,
        bool? appealInformationProvided = null,
        ExternalBody? escalatedTo = null,
        string? externalBodyName = null,
        string? externalReference = null,
        Instant? escalatedAt = null,
        Instant? closedAt = null,
        System.Collections.Immutable.ImmutableArray<ComplaintStep>? steps = null,
        long? version = null) =>
        new(
            Id,
            ClientId,
            Channel,
            Category,
            Complainant,
            Against,
            Summary,
            RelatedRecords,
            ReceivedAt,
            ReceivedBy,
            status ?? Status,
            AcknowledgementDueAt,
            ResolutionDueAt,
            ResponseDueAt,
            acknowledgedAt ?? AcknowledgedAt,
            investigatorId ?? InvestigatorId,
            investigationStartedAt ?? InvestigationStartedAt,
            finding ?? Finding,
            findingSummary ?? FindingSummary,
            correctiveAction ?? CorrectiveAction,
            resolvedAt ?? ResolvedAt,
            resolvedBy ?? ResolvedBy,
            responseSentAt ?? ResponseSentAt,
            responseMethod ?? ResponseMethod,
            appealInformationProvided ?? AppealInformationProvided,
            escalatedTo ?? EscalatedTo,
            externalBodyName ?? ExternalBodyName,
            externalReference ?? ExternalReference,
            escalatedAt ?? EscalatedAt,
            closedAt ?? ClosedAt,
            steps ?? Steps,
            version ?? Version);
}
