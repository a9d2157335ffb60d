using FluentValidation;

namespace CounselingRecords.Records.Clients;

/// <summary>Checks a registration: valid demographics and contacts; a supervisor only with a primary clinician, and not the same person.</summary>
public sealed class ClientRegistrationValidator : AbstractValidator<ClientRegistration>
{
    /// <summary>Initializes a new instance of the <see cref="ClientRegistrationValidator"/> class.</summary>
    public ClientRegistrationValidator()
    {
        RuleFor(r => r.Demographics).NotNull().WithErrorCode(RecordsErrorCodes.ClientLegalNameMissing).SetValidator(new ClientDemographicsValidator());
        RuleForEach(r => r.Contacts).NotNull().WithErrorCode(RecordsErrorCodes.ContactNameMissing).SetValidator(new ClientContactValidator());
        RuleFor(r => r.PrimaryClinicianId).Must(id => id is null || !id.Value.IsEmpty())
            .WithErrorCode(RecordsErrorCodes.CareTeamClinicianMissing);
        RuleFor(r => r.SupervisorId).Null().When(r => r.PrimaryClinicianId is null)
            .WithErrorCode(RecordsErrorCodes.CareTeamSupervisorWithoutClinician).WithMessage("A supervisor is named only with the clinician they supervise.");
        RuleFor(r => r.SupervisorId).Must((r, s) => s is null || (!s.Value.IsEmpty() && s != r.PrimaryClinicianId))
            .WithErrorCode(RecordsErrorCodes.CareTeamSupervisorIsClinician).WithMessage("A clinician is not their own supervisor.");
    }
}
