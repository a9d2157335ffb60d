using CounselingRecords.Auditing;
using CounselingRecords.Billing;
using CounselingRecords.Billing.Catalog;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Billing.Payers;
using CounselingRecords.Care;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Practice.Documentation;
using CounselingRecords.Practice.NoteBilling;
using CounselingRecords.Practice.Tasks;
using CounselingRecords.Practice.Tests.Support;
using CounselingRecords.Records;
using CounselingRecords.Records.Clients;
using CounselingRecords.Records.Notes;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Testing.Auditing;
using CounselingRecords.Testing.Identity;
using NodaTime;
using static CounselingRecords.Practice.Tests.Support.World;

namespace CounselingRecords.Practice.Tests.NoteBilling;

public sealed class SignedNoteBillingWorkflowTests
{
    private static readonly LocalDate PostedOn = new(2026, 3, 4);
    private static readonly Instant BilledAt = Ny(2026, 3, 4, 9);

    private readonly SeededIdGenerator _ids = TestIds.Seeded(21);
    private readonly RecordingAuditSink _audit = new();
    private readonly Client _client;
    private readonly Appointment _appointment;

    public SignedNoteBillingWorkflowTests()
    {
        _client = ActiveClient(_ids);
        _appointment = Appointment(_client.Id, At(3, 3, 10), Licensed);
    }

    private SignedNoteBillingWorkflow Workflow(FeeCalculator? fees = null) => new(_ids, _audit, Roster, fees ?? Fees);

    [Fact]
    public async Task Bill_SignedSelfPayNote_Posts90837AtTheFullFee_AndClosesTheDocumentationTask()
    {
        var task = Completion().DocumentationTasks[0];
        var note = Signed(NoteDraft(_client.Id, _appointment, _appointment.StartInstant, 53, Licensed));

        var billed = ResultAssert.Ok(await Workflow().BillAsync(Input(note, task: task)));

        // R1.1: 53 face-to-face minutes are 90837 × 1; the catalog rate is 180.00.
        var line = Assert.Single(billed.Lines);
        Assert.Equal("90837", line.Code);
        Assert.Equal(1, line.Units);
        Assert.Equal("11", line.PlaceOfService);
        Assert.Equal(PracticeChargeIds.ForNote(note.Id, 0), line.Charge);
        var charge = billed.Ledger.FindCharge(line.Charge)!.Charge!;
        Assert.Equal(Money.Usd(180m), charge.ComponentsTotal);
        Assert.Equal(_appointment.Id, charge.Appointment);
        Assert.Equal(Licensed, charge.Clinician);
        Assert.Null(charge.BillTo);
        Assert.Equal("R1.1", billed.Ledger.FindCharge(line.Charge)!.Explanation.RuleId);
        Assert.Equal(Money.Usd(180m), billed.Ledger.Balances().ClientBalance);
        Assert.Equal(PracticeTaskStatus.Completed, billed.DocumentationTask!.Status);
        Assert.Equal(BilledAt, billed.DocumentationTask.ClosedAt);
        Assert.Equal("R7.6", billed.Explanations[0].RuleId);
        Assert.Contains(note.Signature!.ContentHash, billed.Explanations[0].Sentence, StringComparison.Ordinal);

        var entry = Assert.Single(_audit.Entries);
        Assert.Equal(AuditOutcome.Succeeded, entry.Outcome);
        Assert.Equal(AuditCategory.Billing, entry.Category);
        Assert.Equal(note.ToReference(), entry.Record);
        Assert.Equal(_client.Id, entry.ClientId);
    }

    [Fact]
    public async Task Bill_DraftNote_IsRefusedBeforeAnyCode_AndTheAttemptIsAudited()
    {
        var draft = SessionNote.Start(_ids, _client, NoteDraft(_client.Id, _appointment, _appointment.StartInstant, 53, Licensed), _appointment.EndInstant).Value;
        var ledger = Ledger(_client.Id);

        var result = await Workflow().BillAsync(Input(draft, ledger));

        var error = ResultAssert.FailsWithDetail(result, PracticeErrorCodes.NoteNotSigned, RecordsErrorCodes.DocumentNotSigned);
        Assert.Equal("R7.6", error.RuleId);
        Assert.Empty(ledger.Entries);
        var entry = Assert.Single(_audit.Entries);
        Assert.Equal(AuditOutcome.Failed, entry.Outcome);
        Assert.Contains(PracticeErrorCodes.NoteNotSigned, entry.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bill_NoteAwaitingCoSignature_IsRefused_AndIsBilledOnceCoSigned()
    {
        var appointment = Appointment(_client.Id, At(3, 3, 13), Associate);
        var note = SessionNote.Start(_ids, _client, NoteDraft(_client.Id, appointment, appointment.StartInstant, 45, Associate, Supervisor), appointment.EndInstant).Value;
        var pending = note.Sign(AssociateClinician.ToSigner(), appointment.EndInstant + Duration.FromHours(1)).Value;

        var refused = await Workflow().BillAsync(Input(pending));
        ResultAssert.FailsWithDetail(refused, PracticeErrorCodes.NoteAwaitingCoSign, RecordsErrorCodes.DocumentAwaitingCoSign);

        var coSigned = pending.CoSign(SupervisorClinician.ToSigner(), appointment.EndInstant + Duration.FromHours(20)).Value;
        var billed = ResultAssert.Ok(await Workflow().BillAsync(Input(coSigned)));

        Assert.Equal("90834", Assert.Single(billed.Lines).Code);
        Assert.Equal(Supervisor, billed.ServiceFacts.SupervisingClinicianId);
        Assert.Equal(Associate, billed.Ledger.FindCharge(billed.Lines[0].Charge)!.Charge!.Clinician);
    }

    [Fact]
    public async Task Bill_SameNoteTwice_IsRefused()
    {
        var note = Signed(NoteDraft(_client.Id, _appointment, _appointment.StartInstant, 53, Licensed));
        var first = ResultAssert.Ok(await Workflow().BillAsync(Input(note)));

        var second = await Workflow().BillAsync(Input(note, first.Ledger));

        ResultAssert.Fails(second, PracticeErrorCodes.NoteAlreadyBilled);
        Assert.Single(first.Ledger.Entries);
    }

    [Fact]
    public async Task Bill_InsuredClient_BillsThePayerWithTheCopayOnThePrimaryLineOnly()
    {
        var note = Signed(NoteDraft(_client.Id, _appointment, _appointment.StartInstant, 53, Licensed, complexity: Records.Notes.InteractiveComplexityFactors.MaladaptiveCommunication));
        var payer = PayerProfile.Commercial(CommercialPayer, "Acme Health");

        var billed = ResultAssert.Ok(await Workflow().BillAsync(Input(note, payer: payer, copay: Money.Usd(30m))));

        Assert.Equal(new[] { "90837", "90785" }, billed.Lines.Select(l => l.Code));
        var primary = billed.Ledger.FindCharge(billed.Lines[0].Charge)!.Charge!;
        var addOn = billed.Ledger.FindCharge(billed.Lines[1].Charge)!.Charge!;
        Assert.Equal(CommercialPayer, primary.BillTo);
        Assert.Equal(Money.Usd(30m), primary.ExpectedClientShare);
        Assert.Equal(Money.Usd(0m), addOn.ExpectedClientShare);
        Assert.Equal(Money.Usd(20m), addOn.ComponentsTotal);
    }

    [Fact]
    public async Task Bill_SlidingScaleClient_PostsTheDiscountAsItsOwnEntry()
    {
        // 30,000 for a household of 3 is 109.8% of the 2026 guideline (27,320): the 101–125% class, 80% off (R5.1).
        var note = Signed(NoteDraft(_client.Id, _appointment, _appointment.StartInstant, 53, Licensed));

        var billed = ResultAssert.Ok(await Workflow().BillAsync(Input(note, sliding: SlidingFee(_client.Id, 30_000m, 3))));

        Assert.Equal(Money.Usd(144m), billed.Lines[0].Quote.Discount);
        Assert.Equal(2, billed.Ledger.Entries.Length);
        Assert.Equal(LedgerEntryKind.Adjustment, billed.Ledger.Entries[1].Kind);
        Assert.Equal(Money.Usd(36m), billed.Ledger.Balances().ClientBalance);
    }

    [Fact]
    public async Task Bill_VideoSessionAtHome_HasModifier95AndPlaceOfService10()
    {
        var note = Signed(NoteDraft(_client.Id, _appointment, _appointment.StartInstant, 45, Licensed, modality: Modality.Video, location: ClientLocationKind.Home));

        var billed = ResultAssert.Ok(await Workflow().BillAsync(Input(note)));

        var line = Assert.Single(billed.Lines);
        Assert.Equal("90834", line.Code);
        Assert.Equal(new[] { "95" }, line.Modifiers);
        Assert.Equal("10", line.PlaceOfService);
    }

    [Fact]
    public async Task Bill_PrescriberWithEvaluationAndManagement_ReportsTheEmCodeThenTheAddOn()
    {
        var note = Signed(NoteDraft(_client.Id, _appointment, _appointment.StartInstant, 40, Prescriber, evaluationAndManagement: true));

        var missing = await Workflow().BillAsync(Input(note));
        ResultAssert.Fails(missing, PracticeErrorCodes.EvaluationAndManagementCodeRequired);
        var invalid = await Workflow().BillAsync(Input(note, emCode: "90837"));
        ResultAssert.Fails(invalid, PracticeErrorCodes.EvaluationAndManagementCodeInvalid);

        var billed = ResultAssert.Ok(await Workflow().BillAsync(Input(note, emCode: "99214")));

        // R1.6: 38–52 psychotherapy minutes with an E/M are the add-on +90836, reported with the E/M code.
        Assert.Equal(new[] { "99214", "90836" }, billed.Lines.Select(l => l.Code));
        Assert.Equal(Money.Usd(240m), billed.Ledger.Balances().ClientBalance);
    }

    [Fact]
    public async Task Bill_CounselorNoteRecordingEm_IsRefusedByR17()
    {
        var note = Signed(NoteDraft(_client.Id, _appointment, _appointment.StartInstant, 45, Licensed, evaluationAndManagement: true));

        var result = await Workflow().BillAsync(Input(note, emCode: "99214"));

        var error = ResultAssert.FailsWithDetail(result, PracticeErrorCodes.CodesRefused, BillingErrorCodes.CodingEvaluationAndManagementNotPermitted);
        Assert.Equal("R1.7", error.RuleId);
    }

    [Fact]
    public async Task Bill_SecondTimeBasedCodeOnTheSameDate_IsRefusedByR13()
    {
        var first = Signed(NoteDraft(_client.Id, _appointment, _appointment.StartInstant, 53, Licensed));
        var billed = ResultAssert.Ok(await Workflow().BillAsync(Input(first)));
        var later = Appointment(_client.Id, At(3, 3, 15), Licensed);
        var second = Signed(NoteDraft(_client.Id, later, later.StartInstant, 30, Licensed));

        var result = await Workflow().BillAsync(Input(second, billed.Ledger));

        ResultAssert.FailsWithDetail(result, PracticeErrorCodes.CodesRefused, BillingErrorCodes.CodingMultipleTimeBasedCodes);
    }

    [Fact]
    public async Task Bill_WithAnotherSessionsTask_IsRefusedAndNothingIsPosted()
    {
        var otherAppointment = Appointment(_client.Id, At(3, 5, 10), Licensed);
        var otherTask = ResultAssert.Ok(new CompleteAppointmentWorkflow(_ids).Complete(new CompleteAppointmentInput(otherAppointment, FrontDesk, Ny(2026, 3, 5, 11)))).DocumentationTasks[0];
        var note = Signed(NoteDraft(_client.Id, _appointment, _appointment.StartInstant, 53, Licensed));

        var result = await Workflow().BillAsync(Input(note, task: otherTask));

        ResultAssert.Fails(result, PracticeErrorCodes.TaskNotForThisNote);
    }

    [Fact]
    public async Task Bill_CodeMissingFromTheCatalog_IsRefused()
    {
        var narrow = new FeeCalculator(new FeeSchedule(new ServiceCatalog(Currency.Usd, [Catalog.Services.Single(s => s.Code == "90834")]), []));
        var note = Signed(NoteDraft(_client.Id, _appointment, _appointment.StartInstant, 53, Licensed));

        var result = await Workflow(narrow).BillAsync(Input(note));

        ResultAssert.FailsWithDetail(result, PracticeErrorCodes.FeeNotPriced, BillingErrorCodes.FeeServiceNotInCatalog);
    }

    [Fact]
    public async Task Bill_NoteOfAClinicianOutsideTheDirectory_IsRefused()
    {
        var outsider = TestIds.Numbered<ClinicianId>(30);
        var note = SessionNote.Start(_ids, _client, NoteDraft(_client.Id, null, _appointment.StartInstant, 53, outsider), _appointment.EndInstant).Value
            .Sign(new Records.Signing.SignerIdentity(outsider, "Pat Doe", "LMFT"), _appointment.EndInstant + Duration.FromHours(1)).Value;

        ResultAssert.Fails(await Workflow().BillAsync(Input(note)), PracticeErrorCodes.ClinicianUnknown);
    }

    [Fact]
    public async Task Bill_LedgerOfAnotherClient_Throws()
    {
        var note = Signed(NoteDraft(_client.Id, _appointment, _appointment.StartInstant, 53, Licensed));

        await Assert.ThrowsAsync<ArgumentException>(async () => await Workflow().BillAsync(Input(note, Ledger(TestIds.Numbered<ClientId>(99)))));
    }

    [Fact]
    public void PracticeChargeIds_AreStablePerSourceAndDistinctPerLine()
    {
        var note = TestIds.Numbered<NoteId>(1);

        Assert.Equal(PracticeChargeIds.ForNote(note, 0), PracticeChargeIds.ForNote(note, 0));
        Assert.NotEqual(PracticeChargeIds.ForNote(note, 0), PracticeChargeIds.ForNote(note, 1));
        Assert.NotEqual(PracticeChargeIds.ForNote(note, 0), PracticeChargeIds.ForNote(TestIds.Numbered<NoteId>(2), 0));
        Assert.NotEqual(
            PracticeChargeIds.ForMissedAppointment(TestIds.Numbered<AppointmentId>(1), TestIds.Numbered<ClientId>(1)),
            PracticeChargeIds.ForMissedAppointment(TestIds.Numbered<AppointmentId>(1), TestIds.Numbered<ClientId>(2)));
        Assert.Equal(8, PracticeChargeIds.ForNote(note, 0).Value.Version); // RFC 9562 name-based version 8
        Assert.Throws<ArgumentOutOfRangeException>(() => PracticeChargeIds.ForNote(note, PracticeChargeIds.MaximumLinesPerNote));
    }

    private AppointmentCompletion Completion() =>
        ResultAssert.Ok(new CompleteAppointmentWorkflow(_ids).Complete(new CompleteAppointmentInput(_appointment, FrontDesk, _appointment.EndInstant)));

    private SessionNote Signed(SessionNoteDraft draft) => SignedNote(_client, draft, _ids);

    private BillSignedNoteInput Input(
        SessionNote note,
        ClientLedger? ledger = null,
        PayerProfile? payer = null,
        Money? copay = null,
        PracticeTask? task = null,
        Billing.SlidingScale.SlidingFeeAgreement? sliding = null,
        string? emCode = null) =>
        new(note, ledger ?? Ledger(_client.Id), payer ?? PayerProfile.SelfPay, Biller, PostedOn, BilledAt, null, sliding, copay, task, emCode);
}
