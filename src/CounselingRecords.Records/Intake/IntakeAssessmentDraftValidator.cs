using CounselingRecords.Records.Clinical;
using FluentValidation;

namespace CounselingRecords.Records.Intake;

/// <summary>Checks an intake draft's structure: ids, known sections once each, valid diagnoses and lengths. Completeness is checked when signing.</summary>
public sealed class IntakeAssessmentDraftValidator : AbstractValidator<IntakeAssessmentDraft>
{
    /// <summary>Initializes a new instance of the <see cref="IntakeAssessmentDraftValidator"/> class.</summary>
    public IntakeAssessmentDraftValidator()
    {
        RuleFor(d => d.ClientId).Must(id => !id.IsEmpty()).WithErrorCode(RecordsErrorCodes.RecordClientMissing);
        RuleFor(d => d.AuthorId).Must(id => !id.IsEmpty()).WithErrorCode(RecordsErrorCodes.RecordAuthorMissing);
        RuleFor(d => d.CoSignerId).Must((d, c) => c is null || (!c.Value.IsEmpty() && c != d.AuthorId))
            .WithErrorCode(RecordsErrorCodes.CoSignerIsAuthor).WithMessage("The co-signer is a supervisor other than the author.");
        RuleFor(d => d.ReferralSource).MaximumLength(TextLimits.Medium).WithErrorCode(RecordsErrorCodes.TextTooLong);
        RuleFor(d => d.PresentingProblem).MaximumLength(TextLimits.Long).WithErrorCode(RecordsErrorCodes.TextTooLong);
        RuleForEach(d => d.History).NotNull().WithErrorCode(RecordsErrorCodes.SectionUnknown).ChildRules(entry =>
        {
            entry.RuleFor(e => e.Section).IsInEnum().WithErrorCode(RecordsErrorCodes.SectionUnknown);
            entry.RuleFor(e => e.Text).MaximumLength(TextLimits.Long).WithErrorCode(RecordsErrorCodes.TextTooLong);
        });
        RuleFor(d => d.History).Must(h => h.Where(e => e is not null).Select(e => e.Section).Distinct().Count() == h.Count(e => e is not null))
            .WithErrorCode(RecordsErrorCodes.SectionDuplicate).WithMessage("Each history section appears once.");
        RuleForEach(d => d.MentalStatus).NotNull().WithErrorCode(RecordsErrorCodes.SectionUnknown).ChildRules(finding =>
        {
            finding.RuleFor(f => f.Domain).IsInEnum().WithErrorCode(RecordsErrorCodes.SectionUnknown);
            finding.RuleFor(f => f.Finding).MaximumLength(TextLimits.Medium).WithErrorCode(RecordsErrorCodes.TextTooLong);
        });
        RuleFor(d => d.MentalStatus).Must(m => m.Where(f => f is not null).Select(f => f.Domain).Distinct().Count() == m.Count(f => f is not null))
            .WithErrorCode(RecordsErrorCodes.SectionDuplicate).WithMessage("Each mental status domain appears once.");
        RuleFor(d => d.Risk).SetValidator(new RiskAssessmentValidator());
        DiagnosisList.AddRules(this, d => d.Diagnoses);
        RuleFor(d => d.Strengths).MaximumLength(TextLimits.Long).WithErrorCode(RecordsErrorCodes.TextTooLong);
        RuleFor(d => d.Recommendations).MaximumLength(TextLimits.Long).WithErrorCode(RecordsErrorCodes.TextTooLong);
        RuleForEach(d => d.Measurements).NotNull().WithErrorCode(RecordsErrorCodes.MeasurementInstrumentMissing).ChildRules(m =>
        {
            m.RuleFor(x => x.Instrument).NotEmpty().WithErrorCode(RecordsErrorCodes.MeasurementInstrumentMissing)
                .MaximumLength(50).WithErrorCode(RecordsErrorCodes.TextTooLong);
        });
    }
}
