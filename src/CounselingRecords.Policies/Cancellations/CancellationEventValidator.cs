using FluentValidation;

namespace CounselingRecords.Policies.Cancellations;

/// <summary>Checks what happened to an appointment as reported from outside: an exception only where a fee could arise, and a valid exception.</summary>
public sealed class CancellationEventValidator : AbstractValidator<CancellationEvent>
{
    /// <summary>Initializes a new instance of the <see cref="CancellationEventValidator"/> class.</summary>
    public CancellationEventValidator()
    {
        RuleFor(e => e.Exception).Null()
            .When(e => e.Party is CancellationParty.Clinician or CancellationParty.Practice)
            .WithErrorCode(PoliciesErrorCodes.ExceptionNotNeeded)
            .WithMessage("A cancellation by the clinician or practice is never charged; record no exception for it.");
        RuleFor(e => e.Exception!).SetValidator(new FeeExceptionValidator()).When(e => e.Exception is not null);
    }
}
