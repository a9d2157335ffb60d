using CounselingRecords.Care;
using CounselingRecords.Records.Clinical;
using FluentValidation;

namespace CounselingRecords.Records.Notes;

/// <summary>
/// What a session note must hold before it is signed (R7.5 minimum documentation, R7.1 progress-note elements):
/// every section of its format; at least one diagnosis; symptoms and functional status; the interventions used
/// (except for a diagnostic evaluation); progress on at least one treatment-plan objective for psychotherapy
/// (not for a diagnostic evaluation or crisis); telehealth consent for video or audio-only; and a complete risk
/// assessment when the client carries a safety flag, the note screens positive or the service is crisis psychotherapy (R8.2).
/// </summary>
public sealed class SessionNoteSigningValidator : AbstractValidator<SessionNote>
{
    /// <summary>Initializes a new instance of the <see cref="SessionNoteSigningValidator"/> class.</summary>
    public SessionNoteSigningValidator()
    {
        foreach (var format in Enum.GetValues<NoteFormat>())
        {
            foreach (var section in NoteFormats.SectionsOf(format))
            {
                RuleFor(n => n.Sections)
                    .Must(s => s.Any(x => x.Section == section && !string.IsNullOrWhiteSpace(x.Text)))
                    .When(n => n.Format == format)
                    .OverridePropertyName($"Sections.{section}")
                    .WithErrorCode(RecordsErrorCodes.NoteSectionMissing)
                    .WithMessage($"A {format} note has a {section} section (R7.5).");
            }
        }

        RuleFor(n => n.Diagnoses).NotEmpty().WithErrorCode(RecordsErrorCodes.NoteDiagnosisMissing)
            .WithMessage("A progress note documents the diagnosis (R7.1, R7.5).");
        RuleFor(n => n.Symptoms).NotEmpty().WithErrorCode(RecordsErrorCodes.NoteSymptomsMissing)
            .WithMessage("A progress note documents symptoms (R7.1, R7.5).");
        RuleFor(n => n.FunctionalStatus).NotEmpty().WithErrorCode(RecordsErrorCodes.NoteFunctionalStatusMissing)
            .WithMessage("A progress note documents functional status (R7.1, R7.5).");
        RuleFor(n => n.Interventions).NotEmpty().When(n => n.ServiceKind != ServiceKind.DiagnosticEvaluation)
            .WithErrorCode(RecordsErrorCodes.NoteInterventionsMissing)
            .WithMessage("A psychotherapy note documents the interventions used (R7.5).");
        RuleFor(n => n.ObjectiveProgress).NotEmpty()
            .When(n => n.ServiceKind is not (ServiceKind.DiagnosticEvaluation or ServiceKind.CrisisPsychotherapy))
            .WithErrorCode(RecordsErrorCodes.NoteObjectiveProgressMissing)
            .WithMessage("A psychotherapy note documents progress toward at least one treatment-plan objective (R7.5).");
        RuleFor(n => n.TelehealthConsentConfirmed).Equal(true).When(n => n.Modality != Modality.InPerson)
            .WithErrorCode(RecordsErrorCodes.NoteTelehealthConsentMissing)
            .WithMessage("A telehealth note confirms the client's consent to telehealth (R7.5).");
        RuleFor(n => n.Risk).SetValidator(RiskCompleteness.Instance)
            .When(n => n.CarriedSafetyFlags.Length > 0 || n.ServiceKind == ServiceKind.CrisisPsychotherapy || n.Risk.RaisedFlags().Length > 0);
    }
}
