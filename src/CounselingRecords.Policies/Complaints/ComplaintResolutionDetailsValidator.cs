using FluentValidation;

namespace CounselingRecords.Policies.Complaints;

/// <summary>Checks an investigation outcome: a finding summary, and a corrective action when the complaint was (partly) substantiated.</summary>
public sealed class ComplaintResolutionDetailsValidator : AbstractValidator<ComplaintResolutionDetails>
{
    /// <summary>Initializes a new instance of the <see cref="ComplaintResolutionDetailsValidator"/> class.</summary>
    public ComplaintResolutionDetailsValidator()
    {
        RuleFor(d => d.Finding).IsInEnum().WithErrorCode(PoliciesErrorCodes.ComplaintUnknownValue);
        RuleFor(d => d.FindingSummary).NotEmpty().WithErrorCode(PoliciesErrorCodes.ComplaintResolutionInvalid)
            .MaximumLength(ComplaintDetailsValidator.MaximumSummaryLength).WithErrorCode(PoliciesErrorCodes.ComplaintResolutionInvalid);
        RuleFor(d => d.CorrectiveAction).NotEmpty()
            .When(d => d.Finding is ComplaintFinding.Substantiated or ComplaintFinding.PartiallySubstantiated)
            .WithErrorCode(PoliciesErrorCodes.ComplaintCorrectiveActionRequired)
            .WithMessage("A substantiated complaint needs a corrective action.");
        RuleFor(d => d.CorrectiveAction).MaximumLength(ComplaintDetailsValidator.MaximumSummaryLength).WithErrorCode(PoliciesErrorCodes.ComplaintResolutionInvalid);
    }
}
