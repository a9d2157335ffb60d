using FluentValidation;

namespace CounselingRecords.Policies.Inquiries;

/// <summary>
/// Checks an inquiry as received: a name, a phone number or email address matching the preferred method,
/// sensible formats and lengths, and a reason no longer than the minimum necessary.
/// </summary>
public sealed class InquiryDetailsValidator : AbstractValidator<InquiryDetails>
{
    /// <summary>The longest reason accepted (minimum necessary).</summary>
    public const int MaximumReasonLength = 500;

    /// <summary>Initializes a new instance of the <see cref="InquiryDetailsValidator"/> class.</summary>
    public InquiryDetailsValidator()
    {
        RuleFor(d => d.Channel).IsInEnum().WithErrorCode(PoliciesErrorCodes.InquiryUnknownValue);
        RuleFor(d => d.Service).IsInEnum().WithErrorCode(PoliciesErrorCodes.InquiryUnknownValue);
        RuleFor(d => d.StatedCoverage).IsInEnum().WithErrorCode(PoliciesErrorCodes.InquiryUnknownValue);
        RuleFor(d => d.Reason).MaximumLength(MaximumReasonLength).WithErrorCode(PoliciesErrorCodes.InquiryReasonTooLong)
            .WithMessage("Keep the reason to the minimum necessary (at most 500 characters); details belong in the intake.");
        RuleFor(d => d.ReferralSource).MaximumLength(200).WithErrorCode(PoliciesErrorCodes.InquiryReferralSourceTooLong);
        RuleFor(d => d.Contact).NotNull().WithErrorCode(PoliciesErrorCodes.InquiryContactNameRequired);
        When(d => d.Contact is not null, () =>
        {
            RuleFor(d => d.Contact.Name).NotEmpty().WithErrorCode(PoliciesErrorCodes.InquiryContactNameRequired)
                .MaximumLength(200).WithErrorCode(PoliciesErrorCodes.InquiryContactInvalid);
            RuleFor(d => d.Contact.Preferred).IsInEnum().WithErrorCode(PoliciesErrorCodes.InquiryUnknownValue);
            RuleFor(d => d.Contact).Must(c => c.Phone is not null || c.Email is not null)
                .WithErrorCode(PoliciesErrorCodes.InquiryContactMethodRequired)
                .WithMessage("An inquiry needs a phone number or an email address.");
            RuleFor(d => d.Contact.Phone).Must(BeAPhoneNumber!).When(d => d.Contact.Phone is not null)
                .WithErrorCode(PoliciesErrorCodes.InquiryContactInvalid).WithMessage("The phone number is not valid.");
            RuleFor(d => d.Contact.Email).Must(BeAnEmailAddress!).When(d => d.Contact.Email is not null)
                .WithErrorCode(PoliciesErrorCodes.InquiryContactInvalid).WithMessage("The email address is not valid.");
            RuleFor(d => d.Contact).Must(c => c.Preferred == ContactMethod.Email ? c.Email is not null : c.Phone is not null)
                .WithErrorCode(PoliciesErrorCodes.InquiryPreferredMethodMissing)
                .WithMessage("The preferred contact method has no matching phone number or email address.");
        });
    }

    private static bool BeAPhoneNumber(string phone)
    {
        var digits = phone.Count(char.IsAsciiDigit);
        return phone.Length <= 40 && digits is >= 7 and <= 15 && phone.All(c => char.IsAsciiDigit(c) || c is '+' or '(' or ')' or '-' or '.' or ' ' or 'x');
    }

    private static bool BeAnEmailAddress(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return email.Length <= 254 && at > 0 && at == email.LastIndexOf('@') && email.IndexOf('.', at) > at + 1
            && !email.EndsWith('.') && !email.Any(char.IsWhiteSpace);
    }
}
