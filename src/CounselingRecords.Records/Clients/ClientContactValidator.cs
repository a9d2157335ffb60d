using CounselingRecords.Records.Clinical;
using FluentValidation;

namespace CounselingRecords.Records.Clients;

/// <summary>Checks a contact: a role, a name and relationship, a way to reach them; a bill-to party has a postal address.</summary>
public sealed class ClientContactValidator : AbstractValidator<ClientContact>
{
    private const ContactRoles AllRoles = ContactRoles.EmergencyContact | ContactRoles.LegalGuardian | ContactRoles.BillTo;

    /// <summary>Initializes a new instance of the <see cref="ClientContactValidator"/> class.</summary>
    public ClientContactValidator()
    {
        RuleFor(c => c.Roles).Must(r => r != ContactRoles.None && (r & ~AllRoles) == 0).WithErrorCode(RecordsErrorCodes.ContactRoleMissing)
            .WithMessage("A contact is an emergency contact, a legal guardian or a bill-to party.");
        RuleFor(c => c.Name).NotEmpty().WithErrorCode(RecordsErrorCodes.ContactNameMissing)
            .MaximumLength(TextLimits.Short).WithErrorCode(RecordsErrorCodes.TextTooLong);
        RuleFor(c => c.Relationship).NotEmpty().WithErrorCode(RecordsErrorCodes.ContactRelationshipMissing)
            .MaximumLength(TextLimits.Short).WithErrorCode(RecordsErrorCodes.TextTooLong);
        RuleFor(c => c).Must(c => !string.IsNullOrWhiteSpace(c.Phone) || !string.IsNullOrWhiteSpace(c.Email))
            .WithName("Phone").WithErrorCode(RecordsErrorCodes.ContactUnreachable)
            .WithMessage("A contact has a phone number or an email address.");
        RuleFor(c => c.Phone).MaximumLength(40).WithErrorCode(RecordsErrorCodes.TextTooLong);
        RuleFor(c => c.Email).EmailAddress().WithErrorCode(RecordsErrorCodes.ContactEmailInvalid)
            .MaximumLength(TextLimits.Short).WithErrorCode(RecordsErrorCodes.TextTooLong)
            .When(c => !string.IsNullOrWhiteSpace(c.Email));
        RuleFor(c => c.PostalAddress).NotEmpty().When(c => c.Has(ContactRoles.BillTo)).WithErrorCode(RecordsErrorCodes.ContactAddressMissing)
            .WithMessage("A bill-to party has a postal address for statements.");
        RuleFor(c => c.PostalAddress).MaximumLength(TextLimits.Medium).WithErrorCode(RecordsErrorCodes.TextTooLong);
    }
}
