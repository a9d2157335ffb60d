using FluentValidation;

namespace CounselingRecords.Records.ProgressReports;

/// <summary>What a progress report must hold before it is signed: a summary and recommendations (R7.5: a periodic summary of goals and progress).</summary>
public sealed class ProgressReportSigningValidator : AbstractValidator<ProgressReport>
{
    /// <summary>Initializes a new instance of the <see cref="ProgressReportSigningValidator"/> class.</summary>
    public ProgressReportSigningValidator()
    {
        RuleFor(r => r.Summary).NotEmpty().WithErrorCode(RecordsErrorCodes.ProgressReportSummaryMissing)
            .WithMessage("A progress report has a summary of the period (R7.5).");
        RuleFor(r => r.Recommendations).NotEmpty().WithErrorCode(RecordsErrorCodes.ProgressReportRecommendationsMissing)
            .WithMessage("A progress report states its recommendations.");
    }
}
