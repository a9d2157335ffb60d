using CounselingRecords.Records.Clients;
using CounselingRecords.Records.Tests.Fixtures;
using NodaTime;
using static CounselingRecords.Records.Tests.Fixtures.ResultAssert;

namespace CounselingRecords.Records.Tests.Clients;

public sealed class ClientLifecycleTests
{
    private static readonly Instant At = Fixtures.Records.RegisteredAt;

    // The lifecycle of the issue: prospective -> active -> inactive/discharged (with date and reason) -> archived;
    // an inactive client can resume, a discharged client can be readmitted, a prospect who never starts is archived.
    public static TheoryData<ClientStatus, ClientStatus, bool> Transitions()
    {
        var allowed = new HashSet<(ClientStatus, ClientStatus)>
        {
            (ClientStatus.Prospective, ClientStatus.Active),
            (ClientStatus.Prospective, ClientStatus.Archived),
            (ClientStatus.Active, ClientStatus.Inactive),
            (ClientStatus.Active, ClientStatus.Discharged),
            (ClientStatus.Inactive, ClientStatus.Active),
            (ClientStatus.Inactive, ClientStatus.Discharged),
            (ClientStatus.Inactive, ClientStatus.Archived),
            (ClientStatus.Discharged, ClientStatus.Active),
            (ClientStatus.Discharged, ClientStatus.Archived),
        };
        var data = new TheoryData<ClientStatus, ClientStatus, bool>();
        foreach (var from in Enum.GetValues<ClientStatus>())
        {
            foreach (var to in Enum.GetValues<ClientStatus>())
            {
                data.Add(from, to, allowed.Contains((from, to)));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void ChangeStatus_EveryPair_AllowedOnlyAlongTheLifecycle(ClientStatus from, ClientStatus to, bool allowed)
    {
        var client = InStatus(from);
        var result = client.ChangeStatus(RequestFor(to, new LocalDate(2026, 6, 1)), At);

        Assert.Equal(allowed, ClientStatusTransitions.IsAllowed(from, to));
        if (allowed)
        {
            var changed = Ok(result);
            Assert.Equal(to, changed.Status);
            Assert.Equal(to, changed.StatusHistory[^1].To);
            Assert.Equal(from, changed.StatusHistory[^1].From);
            Assert.Equal(new LocalDate(2026, 6, 1), changed.StatusHistory[^1].EffectiveDate);
        }
        else
        {
            Fails(result, RecordsErrorCodes.ClientTransitionNotAllowed);
            Assert.Equal(from, client.Status);
        }
    }

    [Fact]
    public void Discharge_WithDateAndReason_IsRecordedInHistory()
    {
        var client = Fixtures.Records.ActiveClient();

        var discharged = Ok(client.Discharge(new LocalDate(2026, 5, 1), DischargeReason.TreatmentCompleted, "Goals met", At));

        var change = discharged.LastDischarge();
        Assert.NotNull(change);
        Assert.Equal(new LocalDate(2026, 5, 1), change.EffectiveDate);
        Assert.Equal(DischargeReason.TreatmentCompleted, change.DischargeReason);
        Assert.Equal("Goals met", change.Reason);
    }

    [Fact]
    public void Discharge_WithoutReason_IsAValidationFailure()
    {
        var client = Fixtures.Records.ActiveClient();

        var result = client.ChangeStatus(new StatusChangeRequest(ClientStatus.Discharged, new LocalDate(2026, 5, 1), null, null), At);

        FailsWithDetail(result, Results.CoreErrorCodes.ValidationFailed, RecordsErrorCodes.ClientDischargeReasonMissing);
    }

    [Fact]
    public void Discharge_ForOtherReasonWithoutText_IsAValidationFailure()
    {
        var client = Fixtures.Records.ActiveClient();

        var result = client.Discharge(new LocalDate(2026, 5, 1), DischargeReason.Other, null, At);

        FailsWithDetail(result, Results.CoreErrorCodes.ValidationFailed, RecordsErrorCodes.ClientStatusReasonMissing);
    }

    [Fact]
    public void Deactivate_WithoutReason_IsAValidationFailure()
    {
        var client = Fixtures.Records.ActiveClient();

        var result = client.Deactivate(new LocalDate(2026, 5, 1), " ", At);

        FailsWithDetail(result, Results.CoreErrorCodes.ValidationFailed, RecordsErrorCodes.ClientStatusReasonMissing);
    }

    [Fact]
    public void ChangeStatus_DischargeReasonOnAnotherTarget_IsAValidationFailure()
    {
        var client = Fixtures.Records.ActiveClient();

        var result = client.ChangeStatus(new StatusChangeRequest(ClientStatus.Inactive, new LocalDate(2026, 5, 1), DischargeReason.Referred, "Pause"), At);

        FailsWithDetail(result, Results.CoreErrorCodes.ValidationFailed, RecordsErrorCodes.ClientDischargeReasonNotApplicable);
    }

    [Fact]
    public void ChangeStatus_DatedBeforeThePreviousChange_IsRefused()
    {
        var client = Fixtures.Records.ActiveClient();

        var result = client.Deactivate(new LocalDate(2025, 12, 31), "Pause", At);

        Fails(result, RecordsErrorCodes.ClientStatusDateOutOfOrder);
    }

    [Fact]
    public void Activate_MinorWithoutGuardian_IsRefused()
    {
        var registration = new ClientRegistration(Fixtures.Records.MinorDemographics(), [], Fixtures.Records.Author, null);
        var client = Ok(Client.Register(Fixtures.Records.Ids(), registration, At));

        var result = client.Activate(new LocalDate(2026, 1, 5), At);

        Fails(result, RecordsErrorCodes.ClientMinorWithoutGuardian);
    }

    [Fact]
    public void Activate_MinorWithGuardian_IsAllowed()
    {
        var registration = new ClientRegistration(Fixtures.Records.MinorDemographics(), [Fixtures.Records.Guardian()], Fixtures.Records.Author, null);
        var client = Ok(Client.Register(Fixtures.Records.Ids(), registration, At));

        Assert.Equal(ClientStatus.Active, Ok(client.Activate(new LocalDate(2026, 1, 5), At)).Status);
    }

    [Fact]
    public void Activate_ClientWhoIsAnAdultUnderTheConfiguredAgeOfMajority_NeedsNoGuardian()
    {
        // Born 2007-08-30: 18 on 2025-08-30, so an adult in most states, but a minor where majority is 19 (R7.11: configurable).
        var demographics = new ClientDemographics(new PersonName("Alex", null, "Kim", null), null, null, new LocalDate(2007, 8, 30));
        var client = Ok(Client.Register(Fixtures.Records.Ids(), new ClientRegistration(demographics, [], null, null), At));

        Ok(client.Activate(new LocalDate(2026, 1, 5), At));
        Fails(client.Activate(new LocalDate(2026, 1, 5), At, ageOfMajority: 19), RecordsErrorCodes.ClientMinorWithoutGuardian);
    }

    [Fact]
    public void Verbs_OnAnArchivedClient_AreRefused()
    {
        var client = Ok(Client.Register(Fixtures.Records.Ids(), new ClientRegistration(Fixtures.Records.AdultDemographics(), [], null, null), At));
        var archived = Ok(client.Archive(new LocalDate(2026, 1, 3), At));

        Fails(archived.UpdateDemographics(Fixtures.Records.AdultDemographics()), RecordsErrorCodes.ClientArchived);
        Fails(archived.ReplaceContacts([Fixtures.Records.Guardian()]), RecordsErrorCodes.ClientArchived);
        Fails(archived.RecordConsent(CommunicationChannel.Sms, true, At), RecordsErrorCodes.ClientArchived);
        Fails(archived.AssignClinician(Fixtures.Records.Author, CareTeamRole.Primary, null), RecordsErrorCodes.ClientArchived);
    }

    private static StatusChangeRequest RequestFor(ClientStatus target, LocalDate on) => target switch
    {
        ClientStatus.Inactive => new StatusChangeRequest(target, on, null, "No sessions for 60 days"),
        ClientStatus.Discharged => new StatusChangeRequest(target, on, DischargeReason.TreatmentCompleted, null),
        _ => new StatusChangeRequest(target, on, null, null),
    };

    private static Client InStatus(ClientStatus status)
    {
        var client = Ok(Client.Register(Fixtures.Records.Ids(), new ClientRegistration(Fixtures.Records.AdultDemographics(), [], null, null), At));
        var day = new LocalDate(2026, 1, 5);
        return status switch
        {
            ClientStatus.Prospective => client,
            ClientStatus.Active => Ok(client.Activate(day, At)),
            ClientStatus.Inactive => Ok(Ok(client.Activate(day, At)).Deactivate(day.PlusDays(30), "Pause", At)),
            ClientStatus.Discharged => Ok(Ok(client.Activate(day, At)).Discharge(day.PlusDays(30), DischargeReason.ClientWithdrew, null, At)),
            _ => Ok(client.Archive(day, At)),
        };
    }
}
