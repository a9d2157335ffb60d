using CounselingRecords.Records.Clinical;
using FluentValidation;
using NodaTime;

namespace CounselingRecords.Records.Clients;

/// <summary>Checks demographics as entered: a legal given and family name, lengths, a plausible date of birth.</summary>
public sealed class ClientDemographicsValidator : AbstractValidator<ClientDemographics>
{
    private static readonly LocalDate EarliestBirth = new(1880, 1, 1);

    /// <summary>Initializes a new instance of the <see cref="ClientDemographicsValidator"/> class.</summary>
    public ClientDemographicsValidator()
    {
        RuleFor(d => d.LegalName).NotNull().WithErrorCode(RecordsErrorCodes.ClientLegalNameMissing);
        RuleFor(d => d.LegalName.Given).NotEmpty().WithErrorCode(RecordsErrorCodes.ClientLegalNameMissing)
            .WithMessage("The legal given name is required.")
            .MaximumLength(TextLimits.Short).WithErrorCode(RecordsErrorCodes.TextTooLong)
            .When(d => d.LegalName is not null);
        RuleFor(d => d.LegalName.Family).NotEmpty().WithErrorCode(RecordsErrorCodes.ClientLegalNameMissing)
            .WithMessage("The legal family name is required.")
            .MaximumLength(TextLimits.Short).WithErrorCode(RecordsErrorCodes.TextTooLong)
            .When(d => d.LegalName is not null);
        RuleFor(d => d.LegalName.Middle).MaximumLength(TextLimits.Short).WithErrorCode(RecordsErrorCodes.TextTooLong).When(d => d.LegalName is not null);
        RuleFor(d => d.LegalName.Suffix).MaximumLength(40).WithErrorCode(RecordsErrorCodes.TextTooLong).When(d => d.LegalName is not null);
        RuleFor(d => d.PreferredName).MaximumLength(TextLimits.Short).WithErrorCode(RecordsErrorCodes.TextTooLong);
        RuleFor(d => d.Pronouns).MaximumLength(60).WithErrorCode(RecordsErrorCodes.TextTooLong);
        RuleFor(d => d.DateOfBirth).GreaterThanOrEqualTo(EarliestBirth).WithErrorCode(RecordsErrorCodes.ClientDateOfBirthImplausible)
            .WithMessage("The date of birth is before 1880.");
    }
}
