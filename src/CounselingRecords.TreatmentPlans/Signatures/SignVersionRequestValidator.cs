using FluentValidation;

namespace CounselingRecords.TreatmentPlans.Signatures;

/// <summary>
/// Checks a <see cref="SignVersionRequest"/>: clinicians and supervisors name themselves and never refuse; a
/// representative names themselves; a refusal carries the documented reason and the documenting clinician (R7.6).
/// Every rule carries a <see cref="TreatmentPlansErrorCodes"/> code.
/// </summary>
public sealed class SignVersionRequestValidator : AbstractValidator<SignVersionRequest>
{
    /// <summary>Initializes a new instance of the <see cref="SignVersionRequestValidator"/> class.</summary>
    public SignVersionRequestValidator()
    {
        RuleFor(x => x.VersionNumber).GreaterThan(0).WithErrorCode(TreatmentPlansErrorCodes.VersionNotFound);
        RuleFor(x => x.Role).IsInEnum().WithErrorCode(TreatmentPlansErrorCodes.SignatureRoleInvalid);
        RuleFor(x => x.Kind).IsInEnum().WithErrorCode(TreatmentPlansErrorCodes.SignatureRoleInvalid);
        RuleFor(x => x.Clinician)
            .Must(c => c is { } id && id.Value != Guid.Empty)
            .When(x => x.Role is SignatureRole.Clinician or SignatureRole.Supervisor)
            .WithErrorCode(TreatmentPlansErrorCodes.SignatureClinicianRequired)
            .WithMessage("A clinician or supervisor signature names the clinician.");
        RuleFor(x => x.Kind)
            .Equal(SignatureKind.Signed)
            .When(x => x.Role is SignatureRole.Clinician or SignatureRole.Supervisor)
            .WithErrorCode(TreatmentPlansErrorCodes.SignatureRefusalNotAllowed)
            .WithMessage("Clinicians sign; only a client or representative refuses.");
        RuleFor(x => x.SignerName)
            .NotEmpty()
            .When(x => x.Role == SignatureRole.ClientRepresentative)
            .WithErrorCode(TreatmentPlansErrorCodes.SignatureSignerRequired)
            .WithMessage("A representative's signature or refusal names the representative.");
        RuleFor(x => x.SignerName).MaximumLength(PlanTextLimits.Name).WithErrorCode(TreatmentPlansErrorCodes.TextTooLong);
        RuleFor(x => x.Credentials).MaximumLength(PlanTextLimits.Name).WithErrorCode(TreatmentPlansErrorCodes.TextTooLong);
        RuleFor(x => x.RefusalReason)
            .NotEmpty()
            .When(x => x.Kind == SignatureKind.Refused)
            .WithErrorCode(TreatmentPlansErrorCodes.SignatureRefusalReasonRequired);
        RuleFor(x => x.RefusalReason).MaximumLength(PlanTextLimits.Reason).WithErrorCode(TreatmentPlansErrorCodes.TextTooLong);
        RuleFor(x => x.DocumentedBy)
            .Must(c => c is { } id && id.Value != Guid.Empty)
            .When(x => x.Kind == SignatureKind.Refused)
            .WithErrorCode(TreatmentPlansErrorCodes.SignatureRefusalReasonRequired)
            .WithMessage("A refusal names the clinician who documented it.");
    }

    /// <summary>Gets a shared instance.</summary>
    public static SignVersionRequestValidator Instance { get; } = new();
}
