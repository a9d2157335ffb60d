using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Integrity;
using CounselingRecords.Records.Amendments;
using CounselingRecords.Records.Clients;
using CounselingRecords.Records.Clinical;
using CounselingRecords.Records.Notes;
using CounselingRecords.Records.Signing;
using NodaTime;

namespace CounselingRecords.Benchmarks.Records;

/// <summary>
/// The cost of the per-field signing form (ADR 0010) against its baseline, one SHA-256 over the whole canonical
/// text of the note (which detects a change but cannot name the field). <c>Verify</c> is what an audit runs per
/// note: the content hash plus the signature, co-signature and addenda checks.
/// </summary>
[MemoryDiagnoser]
public class SignatureBenchmarks
{
    private SessionNote _note = null!;

    [Params(0, 5)]
    public int Addenda { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var ids = new SeededIdGenerator(42);
        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        var author = ids.New<ClinicianId>();
        var supervisor = ids.New<ClinicianId>();
        var start = zone.AtStrictly(new LocalDateTime(2026, 1, 5, 10, 0)).ToInstant();
        var end = start + Duration.FromMinutes(53);
        var demographics = new ClientDemographics(new PersonName("Jordan", null, "Rivera", null), null, null, new LocalDate(1990, 4, 12));
        var client = Client.Register(ids, new ClientRegistration(demographics, [], author, supervisor), start).Value.Activate(new LocalDate(2026, 1, 2), start).Value;
        var sections = NoteFormats.SectionsOf(NoteFormat.Soap).Select(s => new NoteSectionText(s, new string('x', 800))).ToImmutableArray();
        var draft = new SessionNoteDraft(
            client.Id, author, supervisor, ids.New<AppointmentId>(), NoteFormat.Soap, sections, ServiceKind.IndividualPsychotherapy, new SessionPeriod(start, end, zone),
            Modality.Video, ClientLocationKind.Home, true, SessionParticipants.ClientOnly, InteractiveComplexityFactors.None, false,
            [DiagnosisInput.Primary("F32.1"), DiagnosisInput.Secondary("F41.1")], ["Cognitive restructuring", "Behavioral activation"], new string('s', 300),
            new string('f', 300), "Alert, oriented", [new ObjectiveProgressEntry(ids.New<ObjectiveId>(), ProgressRating.Improving, "Two activities")],
            new RiskAssessment(ScreenResult.Negative, ScreenResult.Negative, ScreenResult.Negative, RiskLevel.None, "Family", null),
            [new SessionMeasurement("PHQ-9", 12m)], new LocalDate(2026, 1, 12));
        var authorSigner = new SignerIdentity(author, "Casey Morgan", "LPC-Associate");
        var note = SessionNote.Start(ids, client, draft, end).Value.Sign(authorSigner, end + Duration.FromHours(1)).Value
            .CoSign(new SignerIdentity(supervisor, "Dana Reyes", "LPC-S"), end + Duration.FromHours(2)).Value;
        for (var i = 0; i < Addenda; i++)
        {
            note = note.AddAddendum(authorSigner, new AddendumDraft(AddendumKind.Addendum, "Follow-up", new string('a', 400)), end + Duration.FromDays(i + 1), ids).Value;
        }

        _note = note;
    }

    [Benchmark(Baseline = true)]
    public string SingleHashOverCanonicalText()
    {
        var n = _note;
        var form = new CanonicalForm("SessionNote", 1)
            .Add("client", n.ClientId.ToString()).Add("author", n.AuthorId.ToString()).Add("cosigner", n.CoSignerId?.ToString())
            .Add("appointment", n.AppointmentId?.ToString()).Add("format", n.Format.ToString())
            .AddList("sections", n.Sections.Select(s => s.Section + ":" + s.Text))
            .Add("kind", n.ServiceKind.ToString()).Add("start", n.StartedAt).Add("end", n.EndedAt).Add("zone", n.TimeZone.Id).Add("dos", n.DateOfService)
            .Add("modality", n.Modality.ToString()).Add("location", n.ClientLocation.ToString()).Add("consent", n.TelehealthConsentConfirmed)
            .Add("client_present", n.Participants.ClientPresent).Add("complexity", n.InteractiveComplexity.ToString()).Add("em", n.EvaluationAndManagementPerformed)
            .AddList("diagnoses", n.Diagnoses.Select(d => d.Code.Value)).AddList("interventions", n.Interventions)
            .Add("symptoms", n.Symptoms).Add("functional", n.FunctionalStatus).Add("mental", n.MentalStatus)
            .AddList("objectives", n.ObjectiveProgress.Select(o => o.ObjectiveId + ":" + o.Rating + ":" + o.Comment))
            .Add("risk", n.Risk.Level.ToString()).AddList("measures", n.Measurements.Select(m => m.Instrument + ":" + m.Score))
            .Add("next", n.NextSessionDate).Add("created", n.CreatedAt).Add("edited", n.LastEditedAt);
        return form.ComputeSha256();
    }

    [Benchmark]
    public string PerFieldContentHash() => _note.ToSignedContent().ComputeHash();

    [Benchmark]
    public VerificationOutcome Verify() => _note.Verify().Outcome;
}
