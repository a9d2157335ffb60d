using CounselingRecords.Records.Clinical;
using FluentValidation;
using NodaTime;

namespace CounselingRecords.Records.Notes;

/// <summary>
/// Checks a session note draft's structure: ids; only sections of the chosen format, each once; stop after start
/// and at most 12 hours; participants that fit the service kind (R1.5 client present for individual and crisis
/// psychotherapy, R1.12 family with or without the client, R1.13 group participant count); valid diagnoses,
/// objective entries, measures and lengths. Completeness is checked when signing.
/// </summary>
public sealed class SessionNoteDraftValidator : AbstractValidator<SessionNoteDraft>
{
    /// <summary>The longest session a note documents.</summary>
    public static readonly Duration LongestSession = Duration.FromHours(12);

    private const InteractiveComplexityFactors AllFactors = InteractiveComplexityFactors.MaladaptiveCommunication
        | InteractiveComplexityFactors.CaregiverInterference | InteractiveComplexityFactors.SentinelEventMandatedReport
        | InteractiveComplexityFactors.CommunicationBarrierAids;

    /// <summary>Initializes a new instance of the <see cref="SessionNoteDraftValidator"/> class.</summary>
    public SessionNoteDraftValidator()
    {
        RuleFor(d => d.ClientId).Must(id => !id.IsEmpty()).WithErrorCode(RecordsErrorCodes.RecordClientMissing);
        RuleFor(d => d.AuthorId).Must(id => !id.IsEmpty()).WithErrorCode(RecordsErrorCodes.RecordAuthorMissing);
        RuleFor(d => d.CoSignerId).Must((d, c) => c is null || (!c.Value.IsEmpty() && c != d.AuthorId))
            .WithErrorCode(RecordsErrorCodes.CoSignerIsAuthor).WithMessage("The co-signer is a supervisor other than the author.");
        RuleFor(d => d.Format).IsInEnum().WithErrorCode(RecordsErrorCodes.NoteFormatUnknown);
        RuleForEach(d => d.Sections).NotNull().WithErrorCode(RecordsErrorCodes.SectionUnknown)
            .Must((d, s) => s is null || NoteFormats.Contains(d.Format, s.Section))
            .WithErrorCode(RecordsErrorCodes.NoteSectionNotInFormat)
            .WithMessage((d, s) => $"{s?.Section} is not a section of a {d.Format} note.");
        RuleForEach(d => d.Sections).ChildRules(s => s.RuleFor(x => x.Text).MaximumLength(TextLimits.Long).WithErrorCode(RecordsErrorCodes.TextTooLong));
        RuleFor(d => d.Sections).Must(s => s.Where(x => x is not null).Select(x => x.Section).Distinct().Count() == s.Count(x => x is not null))
            .WithErrorCode(RecordsErrorCodes.SectionDuplicate).WithMessage("Each section appears once.");
        RuleFor(d => d.ServiceKind).IsInEnum().WithErrorCode(RecordsErrorCodes.NoteServiceKindUnknown);
        RuleFor(d => d.Period).NotNull().WithErrorCode(RecordsErrorCodes.NoteTimesMissing).WithMessage("The start and stop times are documented (R1.4).");
        RuleFor(d => d.Period!).Must(p => p.End > p.Start).When(d => d.Period is not null)
            .WithErrorCode(RecordsErrorCodes.NoteTimesOutOfOrder).WithMessage("The session stops after it starts.");
        RuleFor(d => d.Period!).Must(p => p.End - p.Start <= LongestSession).When(d => d.Period is not null)
            .WithErrorCode(RecordsErrorCodes.NoteSessionTooLong).WithMessage("A session note documents at most 12 hours.");
        RuleFor(d => d.Modality).IsInEnum().WithErrorCode(RecordsErrorCodes.NoteModalityUnknown);
        RuleFor(d => d.ClientLocation).IsInEnum().WithErrorCode(RecordsErrorCodes.NoteClientLocationUnknown);
        RuleFor(d => d.InteractiveComplexity).Must(f => (f & ~AllFactors) == 0).WithErrorCode(RecordsErrorCodes.NoteInteractiveComplexityUnknown);
        RuleForEach(d => d.Participants.Others).NotNull().WithErrorCode(RecordsErrorCodes.NoteParticipantInvalid).ChildRules(p =>
        {
            p.RuleFor(x => x.Kind).IsInEnum().WithErrorCode(RecordsErrorCodes.NoteParticipantInvalid);
            p.RuleFor(x => x.Relationship).MaximumLength(TextLimits.Short).WithErrorCode(RecordsErrorCodes.TextTooLong);
        });
        RuleFor(d => d.Participants.ClientPresent).Equal(true)
            .When(d => d.ServiceKind is ServiceKind.IndividualPsychotherapy or ServiceKind.CrisisPsychotherapy or ServiceKind.FamilyPsychotherapyWithClient)
            .WithErrorCode(RecordsErrorCodes.NoteClientMustBePresent)
            .WithMessage("Individual, crisis and family-with-client psychotherapy need the client present (R1.5, R1.12).");
        RuleFor(d => d.Participants.ClientPresent).Equal(false)
            .When(d => d.ServiceKind == ServiceKind.FamilyPsychotherapyWithoutClient)
            .WithErrorCode(RecordsErrorCodes.NoteClientMustBeAbsent)
            .WithMessage("Family psychotherapy without the client documents that the client was not present (R1.12).");
        RuleFor(d => d.Participants).Must(p => p.FamilyMemberCount() > 0)
            .When(d => d.ServiceKind is ServiceKind.FamilyPsychotherapyWithClient or ServiceKind.FamilyPsychotherapyWithoutClient)
            .WithErrorCode(RecordsErrorCodes.NoteFamilyParticipantMissing)
            .WithMessage("Family psychotherapy lists the family members who took part (R1.12).");
        RuleFor(d => d.Participants.GroupParticipantCount)
            .Must(count => count >= 2)
            .When(d => d.ServiceKind is ServiceKind.GroupPsychotherapy or ServiceKind.MultipleFamilyGroupPsychotherapy)
            .WithErrorCode(RecordsErrorCodes.NoteGroupSizeMissing)
            .WithMessage("A group note documents the number of participants, at least 2 (R1.13).");
        RuleFor(d => d.Participants.GroupParticipantCount).Null()
            .When(d => d.ServiceKind is not (ServiceKind.GroupPsychotherapy or ServiceKind.MultipleFamilyGroupPsychotherapy))
            .WithErrorCode(RecordsErrorCodes.NoteGroupSizeNotApplicable)
            .WithMessage("Only a group note has a group participant count.");
        DiagnosisList.AddRules(this, d => d.Diagnoses);
        RuleForEach(d => d.Interventions).NotEmpty().WithErrorCode(RecordsErrorCodes.NoteInterventionBlank)
            .MaximumLength(TextLimits.Medium).WithErrorCode(RecordsErrorCodes.TextTooLong);
        RuleFor(d => d.Symptoms).MaximumLength(TextLimits.Long).WithErrorCode(RecordsErrorCodes.TextTooLong);
        RuleFor(d => d.FunctionalStatus).MaximumLength(TextLimits.Long).WithErrorCode(RecordsErrorCodes.TextTooLong);
        RuleFor(d => d.MentalStatus).MaximumLength(TextLimits.Long).WithErrorCode(RecordsErrorCodes.TextTooLong);
        RuleForEach(d => d.ObjectiveProgress).NotNull().WithErrorCode(RecordsErrorCodes.NoteObjectiveInvalid).ChildRules(o =>
        {
            o.RuleFor(x => x.ObjectiveId).Must(id => !id.IsEmpty()).WithErrorCode(RecordsErrorCodes.NoteObjectiveInvalid);
            o.RuleFor(x => x.Rating).IsInEnum().WithErrorCode(RecordsErrorCodes.NoteObjectiveInvalid);
            o.RuleFor(x => x.Comment).MaximumLength(TextLimits.Medium).WithErrorCode(RecordsErrorCodes.TextTooLong);
        });
        RuleFor(d => d.ObjectiveProgress).Must(o => o.Where(x => x is not null).Select(x => x.ObjectiveId).Distinct().Count() == o.Count(x => x is not null))
            .WithErrorCode(RecordsErrorCodes.NoteObjectiveDuplicate).WithMessage("Each objective is rated once per note.");
        RuleFor(d => d.Risk).SetValidator(new RiskAssessmentValidator());
        RuleForEach(d => d.Measurements).NotNull().WithErrorCode(RecordsErrorCodes.MeasurementInstrumentMissing).ChildRules(m =>
            m.RuleFor(x => x.Instrument).NotEmpty().WithErrorCode(RecordsErrorCodes.MeasurementInstrumentMissing)
                .MaximumLength(50).WithErrorCode(RecordsErrorCodes.TextTooLong));
        RuleFor(d => d.NextSessionDate).Must((d, next) => next is null || d.Period is null || next > d.Period.DateOfService())
            .WithErrorCode(RecordsErrorCodes.NoteNextSessionNotAfterService).WithMessage("The next session is after the date of service.");
    }
}
