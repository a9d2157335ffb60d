using System.Collections.Immutable;
using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Records.Amendments;
using CounselingRecords.Records.Clinical;
using CounselingRecords.Records.Notes;
using CounselingRecords.Records.Signing;
using CounselingRecords.Records.Tests.Fixtures;
using CounselingRecords.Testing.Identity;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using R = CounselingRecords.Records.Tests.Fixtures.Records;

namespace CounselingRecords.Records.Tests.Signing;

/// <summary>
/// Tamper detection (R7.7, ADR 0010): changing any signed field of a signed note, as someone with database access
/// could, makes <see cref="SessionNote.Verify"/> report it, naming the record and the field.
/// </summary>
public sealed class SignedNoteTamperProperties
{
    /// <summary>The note's state that is not signed content: the signing workflow itself and storage metadata.</summary>
    private static readonly string[] Unsigned =
    [
        nameof(SessionNote.Id), nameof(SessionNote.Status), nameof(SessionNote.Signature), nameof(SessionNote.CoSignature),
        nameof(SessionNote.Reviews), nameof(SessionNote.Addenda), nameof(SessionNote.Version),
    ];

    [Property(Arbitrary = [typeof(TamperArbitraries)], MaxTest = 300)]
    public bool Verify_AnySignedFieldChanged_FailsNamingThatField(TamperCase tamper)
    {
        var original = tamper.Note;
        var changed = tamper.Mutation.Apply(original, tamper.Salt);
        var verification = changed.Verify();
        var fields = verification.FieldsOf(changed.ToReference());
        return original.Verify().IsIntact
            && verification.Outcome == VerificationOutcome.Tampered
            && fields.Any(f => f == tamper.Mutation.Property || f.StartsWith(tamper.Mutation.Property + ".", StringComparison.Ordinal));
    }

    [Property(Arbitrary = [typeof(TamperArbitraries)], MaxTest = 100)]
    public bool Verify_Untouched_IsIntactAfterARoundTripThroughTheConstructor(TamperCase tamper)
    {
        var reloaded = StateRebuilder.With(tamper.Note, nameof(SessionNote.Version), tamper.Note.Version + 1);
        return reloaded.Verify().IsIntact && reloaded.ToSignedContent().ComputeHash() == tamper.Note.Signature!.ContentHash;
    }

    [Fact]
    public void Mutations_CoverEverySignedProperty()
    {
        var signed = typeof(SessionNote).GetProperties().Select(p => p.Name).Except(Unsigned).Order();
        var mutated = TamperArbitraries.Mutations.Select(m => m.Property).Distinct().Order();

        Assert.Equal(signed, mutated);
    }

    [Fact]
    public void SignedContent_FieldNames_AreTheSignedProperties()
    {
        var note = TamperArbitraries.Variants[0];
        var fieldRoots = note.ToSignedContent().Fields.Select(f => f.Name.Split('.')[0]).Distinct().Order();

        Assert.Equal(typeof(SessionNote).GetProperties().Select(p => p.Name).Except(Unsigned).Order(), fieldRoots);
    }

    [Fact]
    public void Constructor_ChangingTheId_IsRefused_BecauseTheSignatureNamesTheRecord()
    {
        Assert.Throws<ArgumentException>(() => StateRebuilder.With(TamperArbitraries.Variants[0], nameof(SessionNote.Id), TestIds.Numbered<NoteId>(999)));
    }

    public sealed record Mutation(string Property, Func<SessionNote, int, SessionNote> Apply, Func<SessionNote, bool> AppliesTo)
    {
        public override string ToString() => Property;
    }

    public sealed record TamperCase(SessionNote Note, Mutation Mutation, int Salt)
    {
        public override string ToString() => $"{Note.Format} {Note.Status} addenda={Note.Addenda.Length}: {Mutation.Property} (salt {Salt})";
    }

    public static class TamperArbitraries
    {
        private static readonly Func<SessionNote, bool> Always = _ => true;

        public static readonly ImmutableArray<SessionNote> Variants = BuildVariants();

        public static readonly ImmutableArray<Mutation> Mutations =
        [
            Set(nameof(SessionNote.ClientId), (_, s) => TestIds.Numbered<ClientId>(1000 + s)),
            new(nameof(SessionNote.AuthorId), (n, s) =>
            {
                var other = TestIds.Numbered<ClinicianId>(2000 + s);
                var forged = StateRebuilder.With(n.Signature!, nameof(Signature.SignerId), other);
                return StateRebuilder.WithMany(n, (nameof(SessionNote.Signature), forged), (nameof(SessionNote.AuthorId), other));
            }, n => n.Status == DocumentStatus.Signed && n.Addenda.IsEmpty),
            Set(nameof(SessionNote.AppointmentId), (_, s) => (AppointmentId?)TestIds.Numbered<AppointmentId>(s)),
            new(nameof(SessionNote.Format), (n, _) =>
            {
                var format = n.Format == NoteFormat.Soap ? NoteFormat.Dap : NoteFormat.Soap;
                return StateRebuilder.WithMany(n, (nameof(SessionNote.Sections), R.SectionsFor(format)), (nameof(SessionNote.Format), format));
            }, Always),
            new(nameof(SessionNote.Sections), (n, s) =>
            {
                var index = s % n.Sections.Length;
                var sections = s % 3 == 0
                    ? n.Sections.RemoveAt(index)
                    : n.Sections.SetItem(index, new NoteSectionText(n.Sections[index].Section, n.Sections[index].Text + " (edited " + s + ")"));
                return StateRebuilder.With(n, nameof(SessionNote.Sections), sections);
            }, Always),
            Set(nameof(SessionNote.ServiceKind), (n, _) => n.ServiceKind == ServiceKind.IndividualPsychotherapy ? ServiceKind.CrisisPsychotherapy : ServiceKind.IndividualPsychotherapy),
            Set(nameof(SessionNote.StartedAt), (n, s) => n.StartedAt - Duration.FromMinutes(1 + (s % 30))),
            Set(nameof(SessionNote.EndedAt), (n, s) => n.EndedAt + Duration.FromMinutes(1 + (s % 30))),
            Set(nameof(SessionNote.TimeZone), (_, _) => DateTimeZoneProviders.Tzdb["America/Chicago"]),
            new(nameof(SessionNote.DateOfService), (n, s) =>
            {
                var shift = Duration.FromDays(1 + (s % 5));
                return StateRebuilder.WithMany(
                    n,
                    (nameof(SessionNote.StartedAt), n.StartedAt + shift),
                    (nameof(SessionNote.EndedAt), n.EndedAt + shift),
                    (nameof(SessionNote.DateOfService), n.DateOfService.PlusDays(1 + (s % 5))));
            }, Always),
            Set(nameof(SessionNote.Modality), (n, _) => n.Modality == Modality.Video ? Modality.AudioOnly : Modality.Video),
            Set(nameof(SessionNote.ClientLocation), (n, _) => n.ClientLocation == ClientLocationKind.Home ? ClientLocationKind.Facility : ClientLocationKind.Home),
            Set(nameof(SessionNote.TelehealthConsentConfirmed), (n, _) => !n.TelehealthConsentConfirmed),
            Set(nameof(SessionNote.Participants), (n, s) => new SessionParticipants(!n.Participants.ClientPresent, [new SessionParticipant(ParticipantKind.Collateral, "teacher " + s)], null)),
            Set(nameof(SessionNote.InteractiveComplexity), (n, _) => n.InteractiveComplexity ^ InteractiveComplexityFactors.SentinelEventMandatedReport),
            Set(nameof(SessionNote.EvaluationAndManagementPerformed), (n, _) => !n.EvaluationAndManagementPerformed),
            Set(nameof(SessionNote.Diagnoses), (n, s) => s % 2 == 0
                ? n.Diagnoses.Add(new Diagnosis(Coding.DiagnosisCode.Parse("Z63.0"), false))
                : ImmutableArray.Create(new Diagnosis(Coding.DiagnosisCode.Parse("F43.10"), true))),
            Set(nameof(SessionNote.Interventions), (n, s) => n.Interventions.Add("Added later " + s)),
            Set(nameof(SessionNote.Symptoms), (n, s) => n.Symptoms + " " + s),
            Set(nameof(SessionNote.FunctionalStatus), (_, s) => s % 2 == 0 ? null : "Rewritten"),
            Set(nameof(SessionNote.MentalStatus), (n, s) => (n.MentalStatus ?? string.Empty) + "!" + s),
            Set(nameof(SessionNote.ObjectiveProgress), (n, s) => n.ObjectiveProgress.SetItem(0, new ObjectiveProgressEntry(n.ObjectiveProgress[0].ObjectiveId, n.ObjectiveProgress[0].Rating == ProgressRating.Achieved ? ProgressRating.Worsening : ProgressRating.Achieved, "edited " + s))),
            Set(nameof(SessionNote.Risk), (n, s) => new RiskAssessment(ScreenResult.Negative, ScreenResult.Negative, ScreenResult.Negative, RiskLevel.None, "changed " + s, null)),
            Set(nameof(SessionNote.Measurements), (n, s) => n.Measurements.SetItem(0, new SessionMeasurement(n.Measurements[0].Instrument, n.Measurements[0].Score + 1 + (s % 9)))),
            Set(nameof(SessionNote.NextSessionDate), (n, s) => s % 4 == 0 ? null : n.NextSessionDate!.Value.PlusDays(1 + (s % 6))),
            Set(nameof(SessionNote.CarriedSafetyFlags), (n, _) => n.CarriedSafetyFlags.IsEmpty ? ImmutableArray.Create(SafetyFlagKind.HomicideRisk) : ImmutableArray<SafetyFlagKind>.Empty),
            Set(nameof(SessionNote.CreatedAt), (n, s) => n.CreatedAt - Duration.FromMinutes(1 + (s % 100))),
            Set(nameof(SessionNote.LastEditedAt), (n, s) => n.LastEditedAt + Duration.FromMinutes(1 + (s % 100))),
            Set(nameof(SessionNote.LateEntry), (n, _) => n.LateEntry is null
                ? new LateEntry(n.DateOfService, n.DateOfService.PlusDays(3), n.EndedAt + Duration.FromDays(3), n.EndedAt + Duration.FromHours(1))
                : null),
            new(nameof(SessionNote.CoSignerId), (n, s) => StateRebuilder.With(n, nameof(SessionNote.CoSignerId), (ClinicianId?)TestIds.Numbered<ClinicianId>(3000 + s)), n => n.Status == DocumentStatus.PendingCoSign),
        ];

        public static Arbitrary<TamperCase> Cases() =>
            (from variant in Gen.Elements(Variants.ToArray())
             from mutation in Gen.Elements(Mutations.Where(m => m.AppliesTo(variant)).ToArray())
             from salt in Gen.Choose(1, 10_000)
             select new TamperCase(variant, mutation, salt)).ToArbitrary();

        private static Mutation Set(string property, Func<SessionNote, int, object?> value) =>
            new(property, (n, s) => StateRebuilder.With(n, property, value(n, s)), Always);

        private static ImmutableArray<SessionNote> BuildVariants()
        {
            var ids = R.Ids();
            var client = R.ActiveClient(ids);
            var signedAt = R.SessionEnd + Duration.FromHours(2);
            var variants = ImmutableArray.CreateBuilder<SessionNote>();
            foreach (var format in Enum.GetValues<NoteFormat>())
            {
                var video = R.NoteDraft(client.Id, format, modality: Modality.Video, location: ClientLocationKind.Home, telehealthConsent: true);
                variants.Add(R.SignedNote(client, R.NoteDraft(client.Id, format), ids));
                variants.Add(R.DraftNote(client, video, ids).Sign(R.AuthorSigner, R.SessionEnd + Duration.FromDays(5)).Value);
                var pending = R.DraftNote(client, R.NoteDraft(client.Id, format, coSigner: R.Supervisor), ids).Sign(R.AuthorSigner, signedAt).Value;
                variants.Add(pending);
                var coSigned = pending.CoSign(R.SupervisorSigner, signedAt + Duration.FromHours(1)).Value;
                variants.Add(coSigned.AddAddendum(R.AuthorSigner, new AddendumDraft(AddendumKind.Clarification, "Clarify plan", "Homework is daily."), signedAt + Duration.FromHours(2), ids).Value);
            }

            return variants.ToImmutable();
        }
    }
}
