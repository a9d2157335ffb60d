using CounselingRecords.Access;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Results;
using NodaTime;

namespace CounselingRecords.Policies.Workflow;

/// <summary>
/// Runs one step on an access-controlled record and audits it: a denied step is audited as denied and refused
/// with <see cref="CoreErrorCodes.AccessDenied"/>; a refused transition is audited as failed with its error
/// code; a completed step is audited as succeeded with the access rule that allowed it. Audit entries name ids,
/// the rule and the step only, never content.
/// </summary>
internal sealed class AuditedSteps(IAuditSink audit, IIdGenerator ids, string recordType)
{
    public async ValueTask<Result<T>> DecideThenActAsync<T>(
        Actor actor,
        Instant at,
        AccessDecision decision,
        AccessAction accessAction,
        AuditAction auditAction,
        RecordReference record,
        ClientId? clientId,
        string stepName,
        Func<Result<T>> step,
        Func<T, ClientId?> clientAfter,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!decision.IsAllowed)
        {
            await WriteAsync(actor, at, auditAction, record, clientId, AuditOutcome.Denied, decision.RuleId, "denied: " + stepName, cancellationToken).ConfigureAwait(false);
            return Denied<T>(actor, accessAction, record, decision);
        }

        var result = step();
        if (result.Failure)
        {
            await WriteAsync(actor, at, auditAction, record, clientId, AuditOutcome.Failed, result.Error.RuleId ?? decision.RuleId, "refused: " + result.Error.Code, cancellationToken).ConfigureAwait(false);
            return result;
        }

        var action = decision.IsBreakGlass ? AuditAction.BreakGlass : auditAction;
        await WriteAsync(actor, at, action, record, clientAfter(result.Value) ?? clientId, AuditOutcome.Succeeded, decision.RuleId, stepName, cancellationToken).ConfigureAwait(false);
        return result;
    }

    public async ValueTask<Result<T>> ActThenDecideAsync<T>(
        Actor actor,
        Instant at,
        RecordReference record,
        ClientId? clientId,
        string stepName,
        Func<Result<T>> step,
        Func<T, AccessDecision> decide,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var result = step();
        if (result.Failure)
        {
            await WriteAsync(actor, at, AuditAction.Create, record, clientId, AuditOutcome.Failed, result.Error.RuleId, "refused: " + result.Error.Code, cancellationToken).ConfigureAwait(false);
            return result;
        }

        var decision = decide(result.Value);
        if (!decision.IsAllowed)
        {
            await WriteAsync(actor, at, AuditAction.Create, record, clientId, AuditOutcome.Denied, decision.RuleId, "denied: " + stepName, cancellationToken).ConfigureAwait(false);
            return Denied<T>(actor, AccessAction.Create, record, decision);
        }

        await WriteAsync(actor, at, AuditAction.Create, record, clientId, AuditOutcome.Succeeded, decision.RuleId, stepName, cancellationToken).ConfigureAwait(false);
        return result;
    }

    private static Result<T> Denied<T>(Actor actor, AccessAction action, RecordReference record, AccessDecision decision) =>
        new DomainError(
            CoreErrorCodes.AccessDenied,
            $"User {actor.UserId} may not {action.ToString().ToLowerInvariant()} {record}: {decision.Reason}",
            decision.RuleId,
            record.RecordId);

    private ValueTask WriteAsync(
        Actor actor,
        Instant at,
        AuditAction action,
        RecordReference record,
        ClientId? clientId,
        AuditOutcome outcome,
        string? ruleId,
        string reason,
        CancellationToken cancellationToken) =>
        audit.AppendAsync(AuditEntry.For(ids, at, actor, action, AuditCategory.Administrative, record, clientId, outcome, ruleId, reason), cancellationToken);

    /// <inheritdoc />
    public override string ToString() => $"AuditedSteps ({recordType})";
}
