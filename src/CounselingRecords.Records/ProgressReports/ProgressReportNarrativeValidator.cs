using CounselingRecords.Records.Clinical;
using FluentValidation;

namespace CounselingRecords.Records.ProgressReports;

/// <summary>Checks an edited narrative: lengths, objective ids present and listed once.</summary>
public sealed class ProgressReportNarrativeValidator : AbstractValidator<ProgressReportNarrative>
{
    /// <summary>Initializes a new instance of the <see cref="ProgressReportNarrativeValidator"/> class.</summary>
    public ProgressReportNarrativeValidator()
    {
        RuleFor(n => n.Summary).MaximumLength(TextLimits.Long).WithErrorCode(RecordsErrorCodes.TextTooLong);
        RuleFor(n => n.Recommendations).MaximumLength(TextLimits.Long).WithErrorCode(RecordsErrorCodes.TextTooLong);
        RuleForEach(n => n.Objectives).NotNull().WithErrorCode(RecordsErrorCodes.ProgressReportObjectiveInvalid).ChildRules(o =>
        {
            o.RuleFor(x => x.ObjectiveId).Must(id => !id.IsEmpty()).WithErrorCode(RecordsErrorCodes.ProgressReportObjectiveInvalid);
            o.RuleFor(x => x.Narrative).MaximumLength(TextLimits.Long).WithErrorCode(RecordsErrorCodes.TextTooLong);
        });
        RuleFor(n => n.Objectives).Must(o => o.Where(x => x is not null).Select(x => x.ObjectiveId).Distinct().Count() == o.Count(x => x is not null))
            .WithErrorCode(RecordsErrorCodes.ProgressReportObjectiveDuplicate).WithMessage("Each objective is listed once.");
    }
}
