using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Records.Clients;
using CounselingRecords.Records.Clinical;
using CounselingRecords.Records.Retention;
using CounselingRecords.Records.Tests.Fixtures;
using CounselingRecords.Results;
using NodaTime;
using static CounselingRecords.Records.Tests.Fixtures.ResultAssert;
using R = CounselingRecords.Records.Tests.Fixtures.Records;

namespace CounselingRecords.Records.Tests.Clients;

public sealed class ClientTests
{
    private static readonly Instant At = R.RegisteredAt;

    [Fact]
    public void Register_ValidRegistration_IsProspectiveWithPrimaryClinicianAndSupervisor()
    {
        var registration = new ClientRegistration(R.AdultDemographics(), [R.Guardian()], R.Author, R.Supervisor);

        var client = Ok(Client.Register(R.Ids(), registration, At));

        Assert.Equal(ClientStatus.Prospective, client.Status);
        Assert.Empty(client.StatusHistory);
        Assert.Equal(R.Author, client.PrimaryClinician());
        Assert.Equal(new[] { R.Supervisor }, client.Supervisors());
        Assert.True(client.IsTreatedBy(R.Author));
        Assert.Equal(0, client.Version);
    }

    [Fact]
    public void Register_MissingLegalNameAndBadContact_ListsEachProblem()
    {
        var demographics = new ClientDemographics(new PersonName(" ", null, "", null), null, null, new LocalDate(1990, 1, 1));
        var contact = new ClientContact(ContactRoles.BillTo, "Pat", "parent", null, "not-an-email", null);

        var error = Fails(Client.Register(R.Ids(), new ClientRegistration(demographics, [contact], null, null), At), CoreErrorCodes.ValidationFailed);

        var codes = DetailCodes(error);
        Assert.Contains(RecordsErrorCodes.ClientLegalNameMissing, codes);
        Assert.Contains(RecordsErrorCodes.ContactEmailInvalid, codes);
        Assert.Contains(RecordsErrorCodes.ContactAddressMissing, codes);
    }

    [Fact]
    public void Register_SupervisorWithoutClinician_IsAValidationFailure()
    {
        var result = Client.Register(R.Ids(), new ClientRegistration(R.AdultDemographics(), [], null, R.Supervisor), At);

        FailsWithDetail(result, CoreErrorCodes.ValidationFailed, RecordsErrorCodes.CareTeamSupervisorWithoutClinician);
    }

    [Fact]
    public void Register_Null_IsAValidationFailureNotAnException()
    {
        Fails(Client.Register(R.Ids(), null, At), CoreErrorCodes.ValidationFailed);
    }

    [Fact]
    public void UpdateDemographics_KeepsPreferredNameAndPronouns()
    {
        var client = R.ActiveClient();
        var updated = Ok(client.UpdateDemographics(new ClientDemographics(new PersonName("Jordan", null, "Rivera-Lopez", null), "Jo", "she/her", new LocalDate(1990, 4, 12))));

        Assert.Equal("Rivera-Lopez", updated.Demographics.LegalName.Family);
        Assert.Equal("Jo", updated.Demographics.PreferredName);
        Assert.Equal("she/her", updated.Demographics.Pronouns);
        Assert.Equal("Jordan Rivera-Lopez", updated.Demographics.LegalName.ToDisplayText());
    }

    [Fact]
    public void Demographics_AgeAndMajority_FollowTheBirthday()
    {
        var demographics = new ClientDemographics(new PersonName("A", null, "B", null), null, null, new LocalDate(2008, 2, 29));

        Assert.Equal(17, demographics.AgeOn(new LocalDate(2026, 2, 27)));
        Assert.Equal(18, demographics.AgeOn(new LocalDate(2026, 2, 28)));
        Assert.Equal(new LocalDate(2026, 2, 28), demographics.MajorityDate(18));
        Assert.True(demographics.IsMinorOn(new LocalDate(2026, 2, 27), 18));
        Assert.False(demographics.IsMinorOn(new LocalDate(2026, 2, 28), 18));
    }

    [Fact]
    public void ReplaceContacts_GuardianAndBillTo_AreFound()
    {
        var client = R.ActiveClient();
        var emergency = new ClientContact(ContactRoles.EmergencyContact, "Chris", "partner", "555-0101", null, null);

        var updated = Ok(client.ReplaceContacts([emergency, R.Guardian()]));

        Assert.Single(updated.Guardians());
        Assert.Equal("Pat Taylor", updated.BillToParty()!.Name);
    }

    [Fact]
    public void ReplaceContacts_InvalidContact_NamesItsIndex()
    {
        var client = R.ActiveClient();
        var bad = new ClientContact(ContactRoles.None, "", "", null, null, null);

        var error = Fails(client.ReplaceContacts([R.Guardian(), bad]), CoreErrorCodes.ValidationFailed);

        Assert.All(error.Details, d => Assert.StartsWith("Contacts[1].", d.Target, StringComparison.Ordinal));
        Assert.Contains(RecordsErrorCodes.ContactRoleMissing, DetailCodes(error));
        Assert.Contains(RecordsErrorCodes.ContactUnreachable, DetailCodes(error));
    }

    [Fact]
    public void RecordConsent_PerChannel_LastDecisionIsInForce()
    {
        var client = R.ActiveClient();

        var consented = Ok(Ok(Ok(client.RecordConsent(CommunicationChannel.Sms, true, At))
            .RecordConsent(CommunicationChannel.Email, true, At))
            .RecordConsent(CommunicationChannel.Sms, false, At + Duration.FromDays(3)));

        Assert.False(consented.MayContactBy(CommunicationChannel.Sms));
        Assert.True(consented.MayContactBy(CommunicationChannel.Email));
        Assert.False(consented.MayContactBy(CommunicationChannel.Voicemail));
        Assert.False(consented.MayContactBy(CommunicationChannel.Phone));
        Assert.Equal(3, consented.CommunicationConsents.Length);
    }

    [Fact]
    public void RecordConsent_OlderThanTheDecisionInForce_IsRefused()
    {
        var client = Ok(R.ActiveClient().RecordConsent(CommunicationChannel.Phone, true, At));

        Fails(client.RecordConsent(CommunicationChannel.Phone, false, At - Duration.FromDays(1)), RecordsErrorCodes.ConsentOutOfOrder);
        Fails(client.RecordConsent((CommunicationChannel)42, true, At), RecordsErrorCodes.ConsentChannelUnknown);
    }

    [Fact]
    public void AssignClinician_NewPrimary_DemotesThePreviousPrimary()
    {
        var client = R.ActiveClient();

        var reassigned = Ok(client.AssignClinician(R.Other, CareTeamRole.Primary, null));

        Assert.Equal(R.Other, reassigned.PrimaryClinician());
        Assert.Equal(CareTeamRole.Additional, reassigned.CareTeam.Single(m => m.ClinicianId == R.Author).Role);
        Assert.Equal(2, reassigned.TreatingClinicians().Length);
    }

    [Fact]
    public void AssignClinician_AsOwnSupervisor_IsRefused()
    {
        Fails(R.ActiveClient().AssignClinician(R.Other, CareTeamRole.Additional, R.Other), RecordsErrorCodes.CareTeamSupervisorIsClinician);
    }

    [Fact]
    public void RemoveClinician_NotOnTeam_IsRefused_OnTeam_IsRemoved()
    {
        var client = R.ActiveClient();

        Fails(client.RemoveClinician(R.Other), RecordsErrorCodes.CareTeamMemberNotFound);
        Assert.False(Ok(client.RemoveClinician(R.Author)).IsTreatedBy(R.Author));
    }

    [Fact]
    public void CarryForward_SignedIntakeWithPositiveScreen_RaisesTheFlagOnce()
    {
        var client = R.ActiveClient();
        var intake = Ok(R.DraftIntake(client, R.IntakeDraft(client.Id, risk: R.PositiveSuicideRisk())).Sign(R.AuthorSigner, R.SessionEnd + Duration.FromHours(1)));

        var flagged = Ok(client.CarryForward(intake, R.SessionEnd + Duration.FromHours(2)));
        var again = Ok(flagged.CarryForward(intake, R.SessionEnd + Duration.FromHours(3)));

        Assert.Equal(new[] { SafetyFlagKind.SuicideRisk }, again.ActiveSafetyFlags());
        Assert.Single(again.SafetyFlags);
        Assert.Equal(intake.ToReference(), again.SafetyFlags[0].Source);
    }

    [Fact]
    public void CarryForward_UnsignedIntake_IsRefused()
    {
        var client = R.ActiveClient();
        var intake = R.DraftIntake(client, R.IntakeDraft(client.Id, risk: R.PositiveSuicideRisk()));

        Fails(client.CarryForward(intake, At), RecordsErrorCodes.DocumentNotSigned);
    }

    [Fact]
    public void CarryForward_AnotherClientsNote_IsRefused()
    {
        var client = R.ActiveClient();
        var other = R.ActiveClient(new Identity.SeededIdGenerator(99));
        var note = R.SignedNote(other);

        Fails(client.CarryForward(note, At), RecordsErrorCodes.RecordOfAnotherClient);
    }

    [Fact]
    public void ClearSafetyFlag_WithReason_ClearsIt_WithoutReason_IsRefused()
    {
        var client = R.ActiveClient();
        var note = R.SignedNote(client, R.NoteDraft(client.Id, risk: R.PositiveSuicideRisk()));
        var flagged = Ok(client.CarryForward(note, At + Duration.FromDays(3)));

        Fails(flagged.ClearSafetyFlag(SafetyFlagKind.SuicideRisk, R.Author, " ", At + Duration.FromDays(10)), RecordsErrorCodes.SafetyFlagClearReasonMissing);
        Fails(flagged.ClearSafetyFlag(SafetyFlagKind.HomicideRisk, R.Author, "n/a", At + Duration.FromDays(10)), RecordsErrorCodes.SafetyFlagNotActive);
        var cleared = Ok(flagged.ClearSafetyFlag(SafetyFlagKind.SuicideRisk, R.Author, "Reassessed: no current ideation", At + Duration.FromDays(10)));

        Assert.Empty(cleared.ActiveSafetyFlags());
        Assert.Equal(R.Author, cleared.SafetyFlags[0].ClearedBy);
    }

    [Fact]
    public void RaiseSafetyFlag_FromAStandaloneScreen_RaisesOnceUntilCleared_R8_2()
    {
        var client = R.ActiveClient();
        var screen = RecordReference.For("PlanMeasurement", new Identity.SeededIdGenerator(3).New<MeasurementId>());

        var flagged = client.RaiseSafetyFlag(SafetyFlagKind.SuicideRisk, screen, At);
        var again = flagged.RaiseSafetyFlag(SafetyFlagKind.SuicideRisk, screen, At + Duration.FromDays(1));
        var cleared = Ok(again.ClearSafetyFlag(SafetyFlagKind.SuicideRisk, R.Author, "Reassessed: no current ideation", At + Duration.FromDays(2)));
        var raisedAgain = cleared.RaiseSafetyFlag(SafetyFlagKind.SuicideRisk, screen, At + Duration.FromDays(3));

        Assert.Equal(new[] { SafetyFlagKind.SuicideRisk }, flagged.ActiveSafetyFlags());
        Assert.Equal(screen, flagged.SafetyFlags[0].Source);
        Assert.Same(flagged, again);
        Assert.Equal(2, raisedAgain.SafetyFlags.Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => client.RaiseSafetyFlag((SafetyFlagKind)42, screen, At));
        Assert.ThrowsAny<ArgumentException>(() => client.RaiseSafetyFlag(SafetyFlagKind.SuicideRisk, default, At));
    }

    [Fact]
    public void LegalHold_PlacedThenReleased_IsKeptWithBothDates()
    {
        var client = R.ActiveClient();
        var hold = new LegalHold("CASE-2026-14", "Subpoena, custody matter", new LocalDate(2026, 3, 1), null);

        var held = Ok(client.PlaceLegalHold(hold));
        Fails(held.PlaceLegalHold(hold), RecordsErrorCodes.LegalHoldDuplicate);
        Fails(held.ReleaseLegalHold("CASE-2026-14", new LocalDate(2026, 2, 1)), RecordsErrorCodes.LegalHoldReleasedBeforePlaced);
        Fails(held.ReleaseLegalHold("OTHER", new LocalDate(2026, 4, 1)), RecordsErrorCodes.LegalHoldNotFound);
        var released = Ok(held.ReleaseLegalHold("CASE-2026-14", new LocalDate(2026, 9, 1)));

        Assert.Equal(new LocalDate(2026, 9, 1), released.LegalHolds[0].ReleasedOn);
        Fails(client.PlaceLegalHold(new LegalHold("X", "m", new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 2))), RecordsErrorCodes.LegalHoldAlreadyReleased);
        FailsWithDetail(client.PlaceLegalHold(new LegalHold("", "", new LocalDate(2026, 3, 1), null)), CoreErrorCodes.ValidationFailed, RecordsErrorCodes.LegalHoldReferenceMissing);
    }

    [Fact]
    public void Constructor_HistoryNotLeadingToStatus_Throws()
    {
        var client = R.ActiveClient();

        Assert.Throws<ArgumentException>(() => new Client(
            client.Id, client.Demographics, client.Contacts, client.CommunicationConsents, ClientStatus.Archived, client.StatusHistory, client.CareTeam,
            client.SafetyFlags, client.LegalHolds, client.RegisteredAt, 1));
    }

    [Fact]
    public void ToString_PrintsIdsOnly()
    {
        var client = R.ActiveClient();

        Assert.DoesNotContain("Rivera", client.ToString(), StringComparison.Ordinal);
        Assert.Contains(client.Id.ToString(), client.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Rivera", client.Demographics.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Pat", R.Guardian().ToString(), StringComparison.Ordinal);
    }
}
