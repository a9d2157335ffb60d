using System.Collections.Immutable;
using CounselingRecords.Auditing;
using CounselingRecords.Care;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Policies.Complaints;
using CounselingRecords.Policies.Documents;
using CounselingRecords.Policies.Inquiries;
using CounselingRecords.Results;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Auditing;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Testing.Samples;

/// <summary>
/// Realistic, fully populated aggregates of the office policies area, built through the area's verbs and workflows: a
/// cancellation policy history with a second, richer version; a fee document with two versions; a client's
/// acknowledgments (one withdrawn); an inquiry screened and scheduled for intake; a complaint taken through every step.
/// </summary>
public static class PoliciesSamples
{
    /// <summary>Gets the id of the sample cancellation policy.</summary>
    public static PolicyId PolicyId { get; } = TestIds.Numbered<PolicyId>(1);

    /// <summary>Builds version 1 of the practice's cancellation policy: 24 hours' notice, 50 % late, full fee no-show, acceptance required.</summary>
    /// <returns>The policy.</returns>
    public static CancellationPolicy Policy() => new(
        PolicyId,
        1,
        "24 hours, 50% late, full fee no-show",
        new LocalDate(2026, 1, 1),
        SampleWorld.NewYork,
        Currency.Usd,
        NoticeRule.Hours(24),
        FeeRule.PercentOfSessionFee(50m),
        FeeRule.FullSessionFee,
        FeeCap.None,
        null,
        false,
        PayerRules.Default,
        true,
        [new EscalationRule(2, 6, OccurrenceKinds.Both, EscalationAction.ReviewForDischarge)]);

    /// <summary>Builds the policy history: version 1, then version 2 with business-day notice, a flat late fee, a cap, grace, intake waiver, payer rules and escalations.</summary>
    /// <returns>The history.</returns>
    public static CancellationPolicyHistory CancellationPolicyHistory()
    {
        var history = SampleWorld.Ok(Policies.Cancellations.CancellationPolicyHistory.Start(Policy()));
        var second = new CancellationPolicy(
            PolicyId,
            2,
            "One business day, $40 late, capped at $120",
            new LocalDate(2026, 7, 1),
            SampleWorld.NewYork,
            Currency.Usd,
            NoticeRule.BusinessDaysAhead(1, OfficeCalendar.Weekdays(new LocalTime(9, 0), new LocalTime(17, 0), observeUsFederalHolidays: true), new LocalTime(17, 0)),
            FeeRule.Flat(Money.Usd(40m)),
            FeeRule.PercentOfSessionFee(100m),
            FeeCap.AtMost(Money.Usd(120m), alsoAtSessionFee: true),
            GraceRule.FirstIn(12),
            true,
            new PayerRules([PayerClass.Medicaid, PayerClass.Tricare], [TestIds.Numbered<PayerId>(2)], true, false),
            true,
            [new EscalationRule(2, 6, OccurrenceKinds.NoShow, EscalationAction.RequireCardOnFile), new EscalationRule(3, 12, OccurrenceKinds.Both, EscalationAction.ReviewForDischarge)]);
        return SampleWorld.Ok(history.Publish(second, SampleWorld.Ny(2026, 6, 1, 9)));
    }

    /// <summary>Builds the cancellation and fees document with two published versions, each naming its policy version.</summary>
    /// <param name="seed">The number of the document id.</param>
    /// <returns>The document.</returns>
    public static PolicyDocument PolicyDocument(int seed = 1)
    {
        var document = SampleWorld.Ok(Policies.Documents.PolicyDocument.Create(
            TestIds.Numbered<PolicyDocumentId>(seed),
            PolicyDocumentKind.CancellationAndFees,
            "Cancellations and fees",
            new PolicyDocumentDraft("Cancel at least 24 hours ahead; late cancellations cost half the session fee, missed sessions the full fee.", SampleWorld.Ny(2026, 1, 1, 0), new CancellationPolicyReference(PolicyId, 1)),
            SampleWorld.Ny(2025, 12, 15, 9),
            TestActors.PracticeAdmin.UserId));
        return SampleWorld.Ok(document.Publish(
            new PolicyDocumentDraft("Cancel by 5 pm the business day before; late cancellations cost $40, missed sessions the full fee, never more than $120.", SampleWorld.Ny(2026, 7, 1, 0), new CancellationPolicyReference(PolicyId, 2)),
            SampleWorld.Ny(2026, 6, 1, 9),
            TestActors.PracticeAdmin.UserId));
    }

    /// <summary>Builds a client's acknowledgments: version 1 accepted by signature, version 2 accepted in the portal by a guardian and then withdrawn.</summary>
    /// <param name="seed">The number of the client id.</param>
    /// <returns>The acknowledgments.</returns>
    public static ClientAcknowledgments ClientAcknowledgments(int seed = 1)
    {
        var document = PolicyDocument();
        var acknowledgments = Policies.Documents.ClientAcknowledgments.For(TestIds.Numbered<ClientId>(seed));
        acknowledgments = SampleWorld.Ok(acknowledgments.Acknowledge(document, 1, SampleWorld.Ny(2026, 1, 2, 10), AcknowledgmentMethod.ElectronicSignature, AcknowledgingParty.Client, TestActors.FrontDesk.UserId));
        acknowledgments = SampleWorld.Ok(acknowledgments.Acknowledge(document, 2, SampleWorld.Ny(2026, 6, 10, 10), AcknowledgmentMethod.PortalAcceptance, AcknowledgingParty.ParentOrGuardian, TestActors.FrontDesk.UserId, PayerClass.Commercial));
        return SampleWorld.Ok(acknowledgments.Withdraw(document.Id, 2, SampleWorld.Ny(2026, 6, 20, 10), TestActors.FrontDesk.UserId));
    }

    /// <summary>Builds an inquiry received by phone, contacted, screened as appropriate and scheduled for intake.</summary>
    /// <param name="seed">The seed of the ids.</param>
    /// <returns>The inquiry.</returns>
    public static Inquiry Inquiry(int seed = 13)
    {
        var workflow = new InquiryWorkflow(new RecordingAuditSink(), TestIds.Seeded(seed));
        var actor = TestActors.FrontDesk;
        var inquiry = Run(workflow.ReceiveAsync(
            new InquiryDetails(
                InquiryChannel.Phone,
                new ProspectContact("Morgan Blake", "555-0142", "morgan@example.org", ContactMethod.TextMessage, true),
                RequestedService.IndividualTherapy,
                "Panic attacks at work",
                "Employee assistance program",
                PayerClass.Commercial,
                SampleWorld.Licensed),
            InquiryTargets.Default,
            actor,
            SampleWorld.Ny(2026, 2, 2, 9)));
        inquiry = Run(workflow.RecordContactAsync(inquiry, actor, SampleWorld.Ny(2026, 2, 2, 13)));
        inquiry = Run(workflow.ScreenAsync(inquiry, ScreeningOutcome.Appropriate, "Outpatient appropriate; no safety concerns reported", actor, SampleWorld.Ny(2026, 2, 3, 10)));
        return Run(workflow.ScheduleIntakeAsync(inquiry, TestIds.Numbered<ClientId>(seed), TestIds.Numbered<AppointmentId>(seed), SampleWorld.Licensed, actor, SampleWorld.Ny(2026, 2, 3, 11)));
    }

    /// <summary>Builds a billing complaint against a clinician, acknowledged, investigated, resolved, answered, escalated and closed.</summary>
    /// <param name="seed">The seed of the ids.</param>
    /// <returns>The complaint.</returns>
    public static Complaint Complaint(int seed = 14)
    {
        var workflow = new ComplaintWorkflow(new RecordingAuditSink(), TestIds.Seeded(seed));
        var actor = TestActors.PracticeAdmin;
        var complaint = Run(workflow.ReceiveAsync(
            new ComplaintDetails(
                ComplaintChannel.Letter,
                ComplaintCategory.Billing,
                new Complainant(ComplainantKind.ParentOrGuardian, "Pat Rivera", "pat@example.org"),
                TestIds.Numbered<ClientId>(1),
                ComplaintSubject.AgainstClinician(SampleWorld.Associate, TestActors.Clinician.UserId),
                "Charged a late-cancellation fee although the cancellation was two days ahead",
                [new RecordReference("ClientLedger", TestIds.Numbered<ClientId>(1).ToString())]),
            ComplaintTargets.Default,
            actor,
            SampleWorld.Ny(2026, 3, 2, 9)));
        complaint = Run(workflow.AcknowledgeAsync(complaint, actor, SampleWorld.Ny(2026, 3, 3, 9)));
        complaint = Run(workflow.StartInvestigationAsync(complaint, actor, actor, SampleWorld.Ny(2026, 3, 4, 9)));
        complaint = Run(workflow.ResolveAsync(complaint, new ComplaintResolutionDetails(ComplaintFinding.Substantiated, "The cancellation was received 50 hours ahead", "Fee reversed; notice times now come from the phone system"), actor, SampleWorld.Ny(2026, 3, 10, 9)));
        complaint = Run(workflow.SendResponseAsync(complaint, ResponseMethod.Letter, true, actor, SampleWorld.Ny(2026, 3, 11, 9)));
        complaint = Run(workflow.EscalateAsync(complaint, new ComplaintEscalationDetails(ExternalBody.Payer, "Harbor Health Plan", "HHP-2026-0042"), actor, SampleWorld.Ny(2026, 3, 20, 9)));
        return Run(workflow.CloseAsync(complaint, actor, SampleWorld.Ny(2026, 4, 1, 9)));
    }

    private static T Run<T>(ValueTask<Result<T>> step) => SampleWorld.Ok(step.AsTask().GetAwaiter().GetResult());
}
