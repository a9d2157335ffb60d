using FluentValidation;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>Checks an <see cref="InterventionInput"/>; every rule carries a <see cref="TreatmentPlansErrorCodes"/> code.</summary>
public sealed class InterventionInputValidator : AbstractValidator<InterventionInput>
{
    /// <summary>Initializes a new instance of the <see cref="InterventionInputValidator"/> class.</summary>
    public InterventionInputValidator()
    {
        RuleFor(x => x.Approach).NotEmpty().WithErrorCode(TreatmentPlansErrorCodes.InterventionApproachRequired)
            .MaximumLength(PlanTextLimits.Approach).WithErrorCode(TreatmentPlansErrorCodes.TextTooLong);
        RuleFor(x => x.Delivery).IsInEnum().When(x => x.Delivery is not null).WithErrorCode(TreatmentPlansErrorCodes.InterventionModalityInvalid);
        RuleFor(x => x.Sessions).GreaterThan(0).WithErrorCode(TreatmentPlansErrorCodes.InterventionFrequencyInvalid);
        RuleFor(x => x.Per).IsInEnum().WithErrorCode(TreatmentPlansErrorCodes.InterventionFrequencyInvalid);
        RuleFor(x => x.MinutesPerSession).GreaterThan(0).When(x => x.MinutesPerSession is not null).WithErrorCode(TreatmentPlansErrorCodes.InterventionMinutesInvalid);
        RuleFor(x => x.ResponsibleClinician.Value).NotEqual(Guid.Empty).WithName("ResponsibleClinician").WithErrorCode(TreatmentPlansErrorCodes.InterventionClinicianRequired);
        RuleFor(x => x.Id).Must(id => id is null || id.Value.Value != Guid.Empty).WithErrorCode(TreatmentPlansErrorCodes.RevisionUnknownElement)
            .WithMessage("An existing intervention's id must not be empty; leave it out for a new one.");
    }

    /// <summary>Gets a shared instance.</summary>
    public static InterventionInputValidator Instance { get; } = new();
}
