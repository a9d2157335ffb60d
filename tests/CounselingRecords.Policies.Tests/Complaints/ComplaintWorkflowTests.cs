using CounselingRecords.Auditing;
using CounselingRecords.Policies.Complaints;
using CounselingRecords.Results;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Auditing;
using CounselingRecords.Testing.Identity;
using NodaTime;
using static CounselingRecords.Policies.Tests.Complaints.ComplaintFixtures;

namespace CounselingRecords.Policies.Tests.Complaints;

public sealed class ComplaintWorkflowTests
{
    private readonly RecordingAuditSink _audit = new();
    private readonly ComplaintWorkflow _workflow;

    public ComplaintWorkflowTests() => _workflow = new ComplaintWorkflow(_audit, TestIds.Seeded());

    private static Instant Day(int days) => Received + Duration.FromDays(days);

    private async Task<Complaint> Receive() =>
        (await _workflow.ReceiveAsync(Details(), ComplaintTargets.Default, TestActors.FrontDesk, Received)).Value;

    [Fact]
    public async Task Receive_ComputesDeadlinesFromTheTargets()
    {
        var complaint = await Receive();

        Assert.Equal(ComplaintStatus.Received, complaint.Status);
        Assert.Equal(Day(5), complaint.AcknowledgementDueAt);
        Assert.Equal(Day(30), complaint.ResolutionDueAt);
        Assert.Equal(Day(30), complaint.ResponseDueAt);
        Assert.True(complaint.HoldsBilling());
    }

    [Fact]
    public async Task FullPath_ReceivedToClosed_AuditsEveryStepWithoutContent()
    {
        var complaint = await Receive();
        complaint = (await _workflow.AcknowledgeAsync(complaint, TestActors.PracticeAdmin, Day(1))).Value;
        complaint = (await _workflow.StartInvestigationAsync(complaint, TestActors.Supervisor, TestActors.PracticeAdmin, Day(2))).Value;
        complaint = (await _workflow.ReadAsync(complaint, TestActors.Supervisor, Day(3))).Value;
        complaint = (await _workflow.ResolveAsync(complaint, new ComplaintResolutionDetails(ComplaintFinding.Substantiated, "The cancellation was logged late.", "Refund the fee; retrain front desk on logging voicemails."), TestActors.Supervisor, Day(10))).Value;
        complaint = (await _workflow.SendResponseAsync(complaint, ResponseMethod.Letter, appealInformationProvided: true, TestActors.PracticeAdmin, Day(11))).Value;
        complaint = (await _workflow.CloseAsync(complaint, TestActors.PracticeAdmin, Day(12))).Value;

        Assert.Equal(ComplaintStatus.Closed, complaint.Status);
        Assert.Equal(
            new[] { "received", "acknowledged", "investigation started", "resolved", "response sent", "closed" },
            complaint.Steps.Select(s => s.Action).ToArray());
        Assert.Equal(
            new[] { AuditAction.Create, AuditAction.StatusChange, AuditAction.StatusChange, AuditAction.Read, AuditAction.StatusChange, AuditAction.StatusChange, AuditAction.StatusChange },
            _audit.Entries.Select(e => e.Action).ToArray());
        Assert.All(_audit.Entries, e =>
        {
            Assert.Equal(AuditOutcome.Succeeded, e.Outcome);
            Assert.Equal(complaint.ToRecordReference(), e.Record);
            Assert.Equal(complaint.ClientId, e.ClientId);
            Assert.DoesNotContain("charged", e.Reason ?? string.Empty, StringComparison.Ordinal);
        });
        Assert.True((await _audit.VerifyChainAsync()).IsIntact);
        Assert.Empty(complaint.OverdueAt(Day(60)));
        Assert.False(complaint.HoldsBilling());
    }

    [Fact]
    public async Task Read_ByTheClinicianComplainedAbout_IsDeniedAndAudited()
    {
        var result = await _workflow.ReadAsync(await Receive(), TestActors.Clinician, Day(1));

        Assert.Equal(CoreErrorCodes.AccessDenied, result.Error.Code);
        Assert.Equal(ComplaintAccessPolicy.SubjectExcludedRuleId, result.Error.RuleId);
        var entry = _audit.Entries[^1];
        Assert.Equal((AuditAction.Read, AuditOutcome.Denied, ComplaintAccessPolicy.SubjectExcludedRuleId), (entry.Action, entry.Outcome, entry.RuleId));
    }

    [Fact]
    public async Task StartInvestigation_BySubjectAsInvestigator_IsRefused()
    {
        var acknowledged = (await _workflow.AcknowledgeAsync(await Receive(), TestActors.PracticeAdmin, Day(1))).Value;

        var result = await _workflow.StartInvestigationAsync(acknowledged, TestActors.Clinician, TestActors.PracticeAdmin, Day(2));

        Assert.Equal(PoliciesErrorCodes.ComplaintInvestigatorIsSubject, result.Error.Code);
        Assert.Equal(AuditOutcome.Failed, _audit.Entries[^1].Outcome);
        Assert.Equal("refused: " + PoliciesErrorCodes.ComplaintInvestigatorIsSubject, _audit.Entries[^1].Reason);
    }

    [Fact]
    public async Task Resolve_BeforeInvestigation_IsAnInvalidTransition()
    {
        var result = await _workflow.ResolveAsync(await Receive(), new ComplaintResolutionDetails(ComplaintFinding.NotSubstantiated, "Nothing found.", null), TestActors.PracticeAdmin, Day(1));

        Assert.Equal(PoliciesErrorCodes.ComplaintInvalidTransition, result.Error.Code);
    }

    [Fact]
    public async Task Resolve_SubstantiatedWithoutCorrectiveAction_IsRefused()
    {
        var complaint = (await _workflow.AcknowledgeAsync(await Receive(), TestActors.PracticeAdmin, Day(1))).Value;
        complaint = (await _workflow.StartInvestigationAsync(complaint, TestActors.PracticeAdmin, TestActors.PracticeAdmin, Day(2))).Value;

        var result = await _workflow.ResolveAsync(complaint, new ComplaintResolutionDetails(ComplaintFinding.PartiallySubstantiated, "Partly right.", " "), TestActors.PracticeAdmin, Day(3));

        Assert.Equal(PoliciesErrorCodes.ComplaintCorrectiveActionRequired, Assert.Single(result.Error.Details).Code);
    }

    [Fact]
    public async Task Escalate_FromAnyOpenStep_StopsTheDeadlinesAndCanThenBeClosed()
    {
        var complaint = await Receive();

        var escalated = (await _workflow.EscalateAsync(complaint, new ComplaintEscalationDetails(ExternalBody.LicensingBoard, "State Board of Behavioral Health", "2026-0412"), TestActors.PracticeAdmin, Day(3))).Value;
        var closed = (await _workflow.CloseAsync(escalated, TestActors.PracticeAdmin, Day(90))).Value;

        Assert.Equal(ComplaintStatus.Escalated, escalated.Status);
        Assert.Empty(escalated.OverdueAt(Day(40)));
        Assert.Equal(ComplaintStatus.Closed, closed.Status);
    }

    [Fact]
    public async Task Escalate_AfterClosing_IsAllowedAsAnAppeal()
    {
        var complaint = await Receive();
        complaint = (await _workflow.AcknowledgeAsync(complaint, TestActors.PracticeAdmin, Day(1))).Value;
        complaint = (await _workflow.StartInvestigationAsync(complaint, TestActors.PracticeAdmin, TestActors.PracticeAdmin, Day(1))).Value;
        complaint = (await _workflow.ResolveAsync(complaint, new ComplaintResolutionDetails(ComplaintFinding.NotSubstantiated, "Fee was correct.", null), TestActors.PracticeAdmin, Day(5))).Value;
        complaint = (await _workflow.SendResponseAsync(complaint, ResponseMethod.Email, true, TestActors.PracticeAdmin, Day(6))).Value;
        complaint = (await _workflow.CloseAsync(complaint, TestActors.PracticeAdmin, Day(7))).Value;

        var appealed = await _workflow.EscalateAsync(complaint, new ComplaintEscalationDetails(ExternalBody.Payer, "Acme Health grievance unit"), TestActors.PracticeAdmin, Day(20));

        Assert.Equal(ComplaintStatus.Escalated, appealed.Value.Status);
    }

    [Fact]
    public async Task Escalate_WithoutABodyName_IsRefused()
    {
        var result = await _workflow.EscalateAsync(await Receive(), new ComplaintEscalationDetails(ExternalBody.Other, string.Empty), TestActors.PracticeAdmin, Day(1));

        Assert.Equal(PoliciesErrorCodes.ComplaintExternalBodyRequired, Assert.Single(result.Error.Details).Code);
    }

    [Fact]
    public async Task Step_DatedBeforeThePrevious_IsRefused()
    {
        var result = await _workflow.AcknowledgeAsync(await Receive(), TestActors.PracticeAdmin, Received - Duration.FromHours(1));

        Assert.Equal(PoliciesErrorCodes.ComplaintTimeBeforePreviousStep, result.Error.Code);
    }

    [Fact]
    public async Task OverdueAt_ListsEachMissedDeadline()
    {
        var complaint = await Receive();
        var acknowledged = (await _workflow.AcknowledgeAsync(complaint, TestActors.PracticeAdmin, Day(1))).Value;

        Assert.Empty(complaint.OverdueAt(Day(5)));
        Assert.Equal(new[] { ComplaintDeadlineKind.Acknowledgement }, complaint.OverdueAt(Day(5) + Duration.Epsilon).ToArray());
        Assert.Equal(new[] { ComplaintDeadlineKind.Acknowledgement, ComplaintDeadlineKind.Resolution, ComplaintDeadlineKind.Response }, complaint.OverdueAt(Day(31)).ToArray());
        Assert.Equal(new[] { ComplaintDeadlineKind.Resolution, ComplaintDeadlineKind.Response }, acknowledged.OverdueAt(Day(31)).ToArray());
    }

    [Fact]
    public async Task Receive_FromAClientForAnotherClient_IsDenied()
    {
        var result = await _workflow.ReceiveAsync(Details() with { ClientId = TestIds.Numbered<Identity.ClientId>(2) }, ComplaintTargets.Default, TestActors.Client, Received);

        Assert.Equal(CoreErrorCodes.AccessDenied, result.Error.Code);
        Assert.Equal(AuditOutcome.Denied, Assert.Single(_audit.Entries).Outcome);
    }

    [Fact]
    public async Task Receive_InvalidTargets_IsRefused()
    {
        var result = await _workflow.ReceiveAsync(Details(), new ComplaintTargets(Duration.FromDays(10), Duration.FromDays(5), Duration.FromDays(30)), TestActors.FrontDesk, Received);

        Assert.Equal(PoliciesErrorCodes.ComplaintTargetsInvalid, Assert.Single(result.Error.Details).Code);
    }

    [Fact]
    public void Complaint_ToString_PrintsNoContent()
    {
        var complaint = NewComplaint();

        Assert.DoesNotContain("charged", complaint.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Client One", complaint.Complainant.ToString(), StringComparison.Ordinal);
    }
}
