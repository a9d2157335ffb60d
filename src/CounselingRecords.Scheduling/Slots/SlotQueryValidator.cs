using FluentValidation;
using NodaTime;

namespace CounselingRecords.Scheduling.Slots;

/// <summary>Checks a <see cref="SlotQuery"/> from outside.</summary>
public sealed class SlotQueryValidator : AbstractValidator<SlotQuery>
{
    /// <summary>Initializes a new instance of the <see cref="SlotQueryValidator"/> class.</summary>
    public SlotQueryValidator()
    {
        RuleFor(q => q.AppointmentType).Must(t => t.Value != Guid.Empty)
            .WithErrorCode(SchedulingErrorCodes.RequestAppointmentTypeRequired).WithMessage("An appointment type is required.");
        RuleFor(q => q.Clinicians).Must(c => !c.IsDefaultOrEmpty && c.All(x => x.Value != Guid.Empty) && c.Distinct().Count() == c.Length)
            .WithErrorCode(SchedulingErrorCodes.RequestCliniciansInvalid).WithMessage("Name at least one clinician, each once.");
        RuleFor(q => q.ClientZone).NotNull()
            .WithErrorCode(SchedulingErrorCodes.RequestZoneRequired).WithMessage("The client's zone is required.");
        RuleFor(q => q).Must(q => q.Count > 0 && q.To > q.From && q.EffectiveStep > Duration.Zero)
            .WithName(nameof(SlotQuery.Count))
            .WithErrorCode(SchedulingErrorCodes.RequestSearchWindowInvalid).WithMessage("Ask for at least one slot, in a window that ends after it starts, with a positive step.");
    }
}
