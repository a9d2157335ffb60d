using CounselingRecords.Records.Clinical;
using FluentValidation;

namespace CounselingRecords.Records.ProgressReports;

/// <summary>Checks report inputs: ids, an ordered period, known outcomes, each appointment and objective once, notes of this client only.</summary>
public sealed class ProgressReportInputsValidator : AbstractValidator<ProgressReportInputs>
{
    /// <summary>Initializes a new instance of the <see cref="ProgressReportInputsValidator"/> class.</summary>
    public ProgressReportInputsValidator()
    {
        RuleFor(i => i.ClientId).Must(id => !id.IsEmpty()).WithErrorCode(RecordsErrorCodes.RecordClientMissing);
        RuleFor(i => i.AuthorId).Must(id => !id.IsEmpty()).WithErrorCode(RecordsErrorCodes.RecordAuthorMissing);
        RuleFor(i => i.CoSignerId).Must((i, c) => c is null || (!c.Value.IsEmpty() && c != i.AuthorId))
            .WithErrorCode(RecordsErrorCodes.CoSignerIsAuthor).WithMessage("The co-signer is a supervisor other than the author.");
        RuleFor(i => i.PeriodEnd).GreaterThanOrEqualTo(i => i.PeriodStart).WithErrorCode(RecordsErrorCodes.ProgressReportPeriodInvalid)
            .WithMessage("The period ends on or after it starts.");
        RuleForEach(i => i.Appointments).NotNull().WithErrorCode(RecordsErrorCodes.ProgressReportAppointmentInvalid).ChildRules(a =>
        {
            a.RuleFor(x => x.AppointmentId).Must(id => !id.IsEmpty()).WithErrorCode(RecordsErrorCodes.ProgressReportAppointmentInvalid);
            a.RuleFor(x => x.Attendance).IsInEnum().WithErrorCode(RecordsErrorCodes.ProgressReportAppointmentInvalid);
        });
        RuleFor(i => i.Appointments).Must(a => a.Where(x => x is not null).Select(x => x.AppointmentId).Distinct().Count() == a.Count(x => x is not null))
            .WithErrorCode(RecordsErrorCodes.ProgressReportAppointmentDuplicate).WithMessage("Each appointment is listed once.");
        RuleForEach(i => i.Objectives).NotNull().WithErrorCode(RecordsErrorCodes.ProgressReportObjectiveInvalid).ChildRules(o =>
        {
            o.RuleFor(x => x.ObjectiveId).Must(id => !id.IsEmpty()).WithErrorCode(RecordsErrorCodes.ProgressReportObjectiveInvalid);
            o.RuleFor(x => x.Statement).NotEmpty().WithErrorCode(RecordsErrorCodes.ProgressReportObjectiveInvalid)
                .MaximumLength(TextLimits.Medium).WithErrorCode(RecordsErrorCodes.TextTooLong);
            o.RuleFor(x => x.PlanStatus).IsInEnum().When(x => x.PlanStatus is not null).WithErrorCode(RecordsErrorCodes.ProgressReportObjectiveInvalid);
        });
        RuleFor(i => i.Objectives).Must(o => o.Where(x => x is not null).Select(x => x.ObjectiveId).Distinct().Count() == o.Count(x => x is not null))
            .WithErrorCode(RecordsErrorCodes.ProgressReportObjectiveDuplicate).WithMessage("Each objective is listed once.");
        RuleForEach(i => i.Measurements).NotNull().WithErrorCode(RecordsErrorCodes.MeasurementInstrumentMissing).ChildRules(m =>
            m.RuleFor(x => x.Instrument).NotEmpty().WithErrorCode(RecordsErrorCodes.MeasurementInstrumentMissing)
                .MaximumLength(50).WithErrorCode(RecordsErrorCodes.TextTooLong));
        RuleForEach(i => i.PlanChanges).NotNull().WithErrorCode(RecordsErrorCodes.ProgressReportPlanChangeInvalid).ChildRules(p =>
            p.RuleFor(x => x.Description).NotEmpty().WithErrorCode(RecordsErrorCodes.ProgressReportPlanChangeInvalid)
                .MaximumLength(TextLimits.Medium).WithErrorCode(RecordsErrorCodes.TextTooLong));
        RuleForEach(i => i.Notes).NotNull().WithErrorCode(RecordsErrorCodes.RecordOfAnotherClient)
            .Must((i, n) => n is null || n.ClientId == i.ClientId).WithErrorCode(RecordsErrorCodes.RecordOfAnotherClient)
            .WithMessage("A progress report is generated from this client's notes only.");
    }
}
