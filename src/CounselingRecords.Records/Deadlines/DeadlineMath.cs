using CounselingRecords.Results;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.Records.Deadlines;

/// <summary>Deadline computation shared by access and amendment requests.</summary>
internal static class DeadlineMath
{
    private static readonly DeadlineExtensionRequestValidator Validator = new();

    public static LocalDate DueOn(LocalDate receivedOn, ResponseDeadlineRule rule) => receivedOn.PlusDays(rule.ResponseDays);

    public static Result<DeadlineExtension> Extend(
        string subject,
        LocalDate receivedOn,
        LocalDate originalDueOn,
        DeadlineExtension? existing,
        ResponseDeadlineRule rule,
        DeadlineExtensionRequest? request)
    {
        var check = Validator.Check(request);
        if (check.Failure)
        {
            return check.ConvertError<DeadlineExtension>();
        }

        if (existing is not null)
        {
            return new DomainError(RecordsErrorCodes.DeadlineAlreadyExtended, $"{subject} was already extended once; only one extension is allowed.", rule.RuleId, subject);
        }

        if (request!.Days > rule.MaxExtensionDays)
        {
            return new DomainError(RecordsErrorCodes.DeadlineExtensionTooLong, $"{subject} can be extended by at most {rule.MaxExtensionDays} days.", rule.RuleId, nameof(request.Days));
        }

        if (request.NoticeSentOn < receivedOn || request.NoticeSentOn > originalDueOn)
        {
            return new DomainError(
                RecordsErrorCodes.DeadlineExtensionNoticeLate,
                $"{subject}: the extension notice is sent within the first {rule.ResponseDays} days, by {originalDueOn}.",
                rule.RuleId,
                nameof(request.NoticeSentOn));
        }

        return new DeadlineExtension(request.NoticeSentOn, request.Days, request.Reason!, originalDueOn, originalDueOn.PlusDays(request.Days));
    }
}
