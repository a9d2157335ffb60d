using CounselingRecords.Records.Clinical;
using FluentValidation;

namespace CounselingRecords.Records.Signing;

/// <summary>Checks a signer: a clinician id, a name and credentials (R7.6).</summary>
public sealed class SignerIdentityValidator : AbstractValidator<SignerIdentity>
{
    /// <summary>Initializes a new instance of the <see cref="SignerIdentityValidator"/> class.</summary>
    public SignerIdentityValidator()
    {
        RuleFor(s => s.ClinicianId).Must(id => !id.IsEmpty()).WithErrorCode(RecordsErrorCodes.SignerIdMissing)
            .WithMessage("A signature names the signing clinician.");
        RuleFor(s => s.Name).NotEmpty().WithErrorCode(RecordsErrorCodes.SignerNameMissing)
            .WithMessage("An electronic signature shows the signer's name (R7.6).")
            .MaximumLength(TextLimits.Short).WithErrorCode(RecordsErrorCodes.TextTooLong);
        RuleFor(s => s.Credentials).NotEmpty().WithErrorCode(RecordsErrorCodes.SignerCredentialsMissing)
            .WithMessage("An electronic signature shows the signer's credentials (R7.6).")
            .MaximumLength(TextLimits.Short).WithErrorCode(RecordsErrorCodes.TextTooLong);
    }
}
