using FluentValidation;

namespace CounselingRecords.Policies.Documents;

/// <summary>
/// Checks a document version before it is published: it has text of at most 100 000 characters, and a
/// cancellation-and-fees document names the cancellation-policy version it discloses while no other kind does.
/// </summary>
public sealed class PolicyDocumentDraftValidator : AbstractValidator<PolicyDocumentDraft>
{
    /// <summary>The longest text accepted.</summary>
    public const int MaximumTextLength = 100_000;

    /// <summary>Initializes a new instance of the <see cref="PolicyDocumentDraftValidator"/> class.</summary>
    /// <param name="kind">The kind of document the draft is for.</param>
    public PolicyDocumentDraftValidator(PolicyDocumentKind kind)
    {
        RuleFor(d => d.Text).NotEmpty().WithErrorCode(PoliciesErrorCodes.DocumentTextRequired)
            .MaximumLength(MaximumTextLength).WithErrorCode(PoliciesErrorCodes.DocumentTextTooLong);
        if (kind == PolicyDocumentKind.CancellationAndFees)
        {
            RuleFor(d => d.Terms).NotNull().WithErrorCode(PoliciesErrorCodes.DocumentTermsRequired)
                .WithMessage("A cancellation-and-fees document names the cancellation-policy version it discloses (R4.8).");
        }
        else
        {
            RuleFor(d => d.Terms).Null().WithErrorCode(PoliciesErrorCodes.DocumentTermsNotAllowed)
                .WithMessage("Only a cancellation-and-fees document names a cancellation-policy version.");
        }
    }
}
