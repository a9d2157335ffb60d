using System.Collections.Immutable;
using CounselingRecords.Billing.Estimates;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Billing.SlidingScale;
using CounselingRecords.Care;
using CounselingRecords.Coding;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Policies.Documents;
using CounselingRecords.Policies.Inquiries;
using CounselingRecords.Practice.InquiryConversion;
using CounselingRecords.Practice.MissedAppointments;
using CounselingRecords.Records.Clients;
using CounselingRecords.Samples.Practice.Setup;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Scheduling.Booking;
using CounselingRecords.Scheduling.Recurrence;
using CounselingRecords.TreatmentPlans.Instruments;
using CounselingRecords.TreatmentPlans.Measurements;
using CounselingRecords.TreatmentPlans.Plans;
using CounselingRecords.TreatmentPlans.Progress;
using NodaTime;

namespace CounselingRecords.Samples.Practice.Simulation;

/// <summary>
/// The caseload: who the clients are (drawn from the seed), registering them, their fee-policy acknowledgment,
/// ledger, sliding-fee determination and Good Faith Estimate, the established clients' intake and plan from before
/// the period, the new clients' registration (one through an inquiry) and intake appointment, and each client's
/// weekly or biweekly series, whose wall-clock time holds across the daylight-saving change (S5.1).
/// </summary>
internal sealed class ClientOnboarding
{
    private static readonly string[] FirstNames = ["Jordan", "Avery", "Riley", "Morgan", "Taylor", "Quinn", "Harper", "Rowan", "Emerson", "Sawyer", "Parker", "Reese", "Skyler", "Dakota", "Finley", "Hayden"];
    private static readonly string[] LastNames = ["Rivera", "Chen", "Okafor", "Novak", "Haddad", "Larsen", "Patel", "Moreau", "Silva", "Kowalski", "Nguyen", "Brennan", "Adeyemi", "Fischer", "Romero", "Tanaka"];

    private readonly SimulationContext _context;
    private readonly SessionSteps _sessions;

    public ClientOnboarding(SimulationContext context, SessionSteps sessions)
    {
        _context = context;
        _sessions = sessions;
    }

    private PracticeSetup Practice => _context.Practice;

    /// <summary>Draws the caseload: payer mix, diagnoses, clinicians, weekly slots, established or new.</summary>
    public void CreateProfiles(int count)
    {
        var random = _context.Random;
        var slotsTaken = new Dictionary<ClinicianId, int>();
        var period = _context.Period;
        var newClientDays = Math.Max(1, Period.DaysBetween(period.Start, period.End) - 10);
        var firstNew = true;
        for (var i = 0; i < count; i++)
        {
            var clinician = Practice.Staff[i % Practice.Staff.Length];
            var slot = slotsTaken.TryGetValue(clinician.Clinician.Id, out var taken) ? taken : 0;
            slotsTaken[clinician.Clinician.Id] = slot + 1;
            var kind = i switch
            {
                0 => PayerKind.Medicaid,
                1 => PayerKind.SlidingScale,
                _ => random.Next(100) switch
                {
                    < 5 => PayerKind.Medicaid,
                    < 15 => PayerKind.SlidingScale,
                    < 60 => PayerKind.Commercial,
                    _ => PayerKind.SelfPay,
                },
            };
            var payer = kind switch
            {
                PayerKind.Medicaid => Practice.Medicaid,
                PayerKind.Commercial => random.Next(2) == 0 ? Practice.BlueHarbor : Practice.Lakeshore,
                _ => Billing.Payers.PayerProfile.SelfPay,
            };
            var isNew = i % 10 is 3 or 6 or 9;
            var start = isNew
                ? period.Start.PlusDays(1 + random.Next(newClientDays))
                : period.Start.PlusDays(-14 - random.Next(100));
            start = NextWeekday(start);
            var depression = random.Next(100) < 60;
            var profile = new ClientProfile
            {
                Number = i + 1,
                FirstName = FirstNames[random.Next(FirstNames.Length)],
                LastName = LastNames[random.Next(LastNames.Length)],
                DateOfBirth = new LocalDate(1960 + random.Next(45), 1 + random.Next(12), 1 + random.Next(28)),
                Clinician = clinician,
                PayerKind = kind,
                Payer = payer,
                Coverage = kind switch
                {
                    PayerKind.Medicaid => ClientCoverage.Only(PayerClass.Medicaid, payer.PayerId),
                    PayerKind.Commercial => ClientCoverage.Only(PayerClass.Commercial, payer.PayerId),
                    _ => ClientCoverage.SelfPay,
                },
                Copay = kind == PayerKind.Commercial ? Money.Usd(random.Next(2) == 0 ? 25m : 30m) : Money.Usd(0m),
                MemberId = "M" + (100000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Diagnosis = depression ? "F32.1" : "F41.1",
                InstrumentCode = depression ? StandardInstruments.Phq9Code : StandardInstruments.Gad7Code,
                IsNew = isNew,
                Biweekly = random.Next(100) < 30,
                SlotDay = (IsoDayOfWeek)(1 + (slot % 5)),
                SlotTime = new LocalTime(9 + (slot / 5 % 8), 0),
                StartDate = start,
                ComesFromInquiry = isNew && firstNew,
            };
            if (isNew)
            {
                firstNew = false;
            }

            _context.Clients.Add(profile);
        }
    }

    /// <summary>Registers the practice's configuration and every established client (before the period starts).</summary>
    public void SetUpPractice()
    {
        var records = _context.Records;
        foreach (var type in new[] { Practice.Intake, Practice.Therapy })
        {
            records.AppointmentTypes.Put(type);
        }

        foreach (var availability in Practice.Availability)
        {
            records.Availability.Put(availability);
        }

        records.Policies.Put(Practice.Policy);
        records.PolicyDocuments.Put(Practice.FeeDocument);
    }

    /// <summary>An established client: registered, intake signed and plan written on their start date, series from the period's start.</summary>
    public void Establish(ClientProfile profile)
    {
        var registeredAt = At(profile, profile.StartDate, 9);
        var client = Client.Register(_context.Ids, Registration(profile), registeredAt).Value
            .Activate(profile.StartDate, registeredAt).Value;
        Welcome(profile, client, registeredAt);
        _sessions.WriteIntake(profile, null, At(profile, profile.StartDate, 11));
        var baseline = 14 + _context.Random.Next(7);
        CreatePlan(profile, profile.StartDate, baseline);

        // The last score before the period: some clients are close to remission.
        profile.LastScore = 5 + _context.Random.Next(8);
        RecordScore(profile, profile.LastScore, _context.Period.Start.PlusDays(-7), null);
        BookSeries(profile, _context.Period.Start);
    }

    /// <summary>A new client: registered a week before the intake (through the inquiry workflow for one of them) and booked for the intake.</summary>
    public async Task RegisterNewAsync(ClientProfile profile)
    {
        var clinicianId = profile.Clinician.Clinician.Id;
        var engine = new BookingEngine(_context.Clock, _context.Ids);
        var intakeStart = profile.StartDate.At(new LocalTime(17, 0));
        for (var tries = 0; tries < 14 && engine.Check(_context.BookFor(clinicianId), new BookingRequest(clinicianId, [_context.Ids.New<ClientId>()], Practice.Intake.Id, intakeStart, profile.Zone, ClientIsNew: true)).Length > 0; tries++)
        {
            // The clinician's intake hour is taken that day (another new client): the next weekday.
            intakeStart = NextWeekday(intakeStart.Date.PlusDays(1)).At(new LocalTime(17, 0));
        }

        Appointment intake;
        Client client;
        if (profile.ComesFromInquiry)
        {
            var inquiries = new InquiryWorkflow(_context.Audit, _context.Ids);
            var inquiry = (await inquiries.ReceiveAsync(
                new InquiryDetails(InquiryChannel.Phone, new ProspectContact(profile.FullName, "555-0199", null, ContactMethod.Phone, true), RequestedService.IndividualTherapy),
                InquiryTargets.Default, Practice.FrontDesk, _context.Now).ConfigureAwait(false)).Value;
            inquiry = (await inquiries.ScreenAsync(inquiry, ScreeningOutcome.Appropriate, null, Practice.FrontDesk, _context.Now).ConfigureAwait(false)).Value;
            var converted = await new InquiryConversionWorkflow(_context.Clock, _context.Ids, _context.Audit, [Practice.Intake.Id], Practice.Directory)
                .ConvertAsync(new InquiryConversionInput(inquiry, Registration(profile), _context.BookFor(clinicianId), profile.Clinician.Clinician.Id, Practice.Intake.Id, intakeStart, profile.Zone, Practice.FrontDesk))
                .ConfigureAwait(false);
            if (converted.Failure)
            {
                throw new InvalidOperationException($"The inquiry of client {profile.Number} was not converted: {converted.Error}");
            }

            _context.Records.Inquiries.Put(converted.Value.Inquiry);
            _context.Books[clinicianId] = converted.Value.Book;
            client = converted.Value.Client;
            intake = converted.Value.Appointment;
        }
        else
        {
            client = Client.Register(_context.Ids, Registration(profile), _context.Now).Value;
            var booked = engine.Book(
                _context.BookFor(clinicianId),
                new BookingRequest(profile.Clinician.Clinician.Id, [client.Id], Practice.Intake.Id, intakeStart, profile.Zone, ClientIsNew: true),
                Practice.FrontDesk);
            if (!booked.Accepted)
            {
                throw new InvalidOperationException($"The intake of client {profile.Number} was not booked: {booked.Error}");
            }

            _context.Books[clinicianId] = booked.Book;
            intake = booked.Appointments[0];
        }

        client = client.Activate(_context.Now.InZone(profile.Zone).Date, _context.Now).Value;
        Welcome(profile, client, _context.Now);
        _sessions.Booked(profile, intake, isIntake: true);
    }

    /// <summary>After the intake: the plan, the baseline score and the series from the following week.</summary>
    public void StartTreatment(ClientProfile profile, LocalDate intakeDate, Records.Notes.SessionNote intakeNote)
    {
        var baseline = 14 + _context.Random.Next(7);
        CreatePlan(profile, intakeDate, baseline);
        profile.LastScore = baseline;
        RecordScore(profile, baseline, intakeDate, intakeNote.Id);
        BookSeries(profile, intakeDate.PlusDays(3));
    }

    /// <summary>Records an instrument total on the client's plan; the plan achieves the objective by rule at remission (R8.5).</summary>
    public MeasurementRecording RecordScore(ClientProfile profile, int total, LocalDate on, NoteId? note)
    {
        var plan = _context.Records.Plans[profile.PlanId!.Value.ToString()];
        var recording = plan.RecordInstrumentScore(
            new RecordInstrumentScoreRequest
            {
                MeasurementId = _context.Ids.New<MeasurementId>(),
                Score = InstrumentAnswers.Score(profile.InstrumentCode, total),
                AdministeredOn = on,
                RecordedAt = Instant.Max(_context.Now, At(profile, on, 12)),
                RecordedBy = plan.CurrentVersion.Revision.Author,
                Note = note,
            },
            ProgressPresets.UnitedStates).Value;
        _context.Records.Plans.Put(recording.Plan);
        _context.Stats.Measurements++;
        _context.Stats.ObjectivesAchievedByRule += recording.AchievedObjectives.Length;
        return recording;
    }

    private void CreatePlan(ClientProfile profile, LocalDate effectiveOn, int baseline)
    {
        var author = profile.Clinician.Clinician.Id;
        var plan = TreatmentPlan.Create(
            new CreateTreatmentPlanRequest
            {
                Client = profile.Id,
                EffectiveOn = effectiveOn,
                Author = author,
                RecordedAt = Instant.Max(_context.Now, At(profile, effectiveOn, 18)),
                Content = PlanContents.For(profile.Diagnosis, baseline, effectiveOn, author),
            },
            _context.Ids).Value;
        profile.PlanId = plan.Id;
        profile.InstrumentObjective = plan.CurrentVersion.Objectives.Single(o => o.Measure.Kind == MeasureKind.InstrumentScore).Id;
        profile.CountObjective = plan.CurrentVersion.Objectives.Single(o => o.Measure.Kind == MeasureKind.FrequencyCount).Id;
        _context.Records.Plans.Put(plan);
    }

    private void BookSeries(ClientProfile profile, LocalDate from)
    {
        var rule = RecurrenceRule.Weekly(profile.Biweekly ? 2 : 1, null, _context.Period.End, profile.SlotDay);
        if (from > _context.Period.End)
        {
            return;
        }

        var result = new BookingEngine(_context.Clock, _context.Ids).BookSeries(
            _context.BookFor(profile.Clinician.Clinician.Id),
            new SeriesRequest(profile.Clinician.Clinician.Id, [profile.Id], Practice.Therapy.Id, profile.Zone, from, profile.SlotTime, rule),
            Practice.FrontDesk);
        if (result.Error?.Code == Scheduling.SchedulingErrorCodes.SeriesEmpty)
        {
            return;
        }

        if (!result.Accepted)
        {
            throw new InvalidOperationException($"The series of client {profile.Number} was not booked: {result.Error}");
        }

        _context.Books[profile.Clinician.Clinician.Id] = result.Book;
        foreach (var series in result.Series)
        {
            _context.Records.Series.Put(series);
            _context.Stats.SeriesBooked++;
        }

        foreach (var appointment in result.Appointments)
        {
            _sessions.Booked(profile, appointment, isIntake: false);
        }
    }

    private void Welcome(ClientProfile profile, Client client, Instant at)
    {
        profile.Id = client.Id;
        _context.ClientsByKey[client.Id.ToString()] = profile;
        var records = _context.Records;
        records.Clients.Put(client);
        var acknowledgments = ClientAcknowledgments.For(client.Id)
            .Acknowledge(Practice.FeeDocument, 1, at, AcknowledgmentMethod.ElectronicSignature, AcknowledgingParty.Client, Practice.FrontDesk.UserId).Value;
        profile.AcknowledgmentsKey = records.Acknowledgments.Put(acknowledgments).Key;
        profile.LedgerKey = records.Ledgers.Put(ClientLedger.Open(client.Id, Currency.Usd)).Key;
        if (profile.PayerKind == PayerKind.SlidingScale)
        {
            var today = at.InZone(profile.Zone).Date;
            var determination = SlidingFeeSchedule.HrsaDefault(Money.Usd(0m)).Determine(new SlidingFeeApplication(
                client.Id, Money.Usd(38000m), 3, PovertyGuidelineRegion.ContiguousStatesAndDistrictOfColumbia, IncomeEvidence.Documented, null,
                Practice.Biller.UserId, at, today)).Value;
            var agreement = SlidingFeeAgreement.Start(client.Id).Record(determination).Value;
            profile.SlidingFeeKey = records.SlidingFees.Put(agreement).Key;
            IssueEstimate(profile, today, at);
        }
    }

    private void IssueEstimate(ClientProfile profile, LocalDate today, Instant at)
    {
        var npi = profile.Clinician.Clinician.Npi!;
        var sessions = profile.Biweekly ? 13 : 26;
        var agreement = _context.Records.SlidingFees[profile.SlidingFeeKey!];
        var discounted = MissedAppointmentWorkflow.SessionFeeFor(Practice.Fees, "90837", today, profile.Clinician.Clinician.Id, profile.Id, agreement).Value;
        var draft = new GoodFaithEstimateDraft(
            profile.Id,
            new GfePatient(profile.FullName, profile.DateOfBirth),
            "Individual psychotherapy, 60 minutes",
            today,
            new DateInterval(today, today.PlusMonths(6)),
            new GfeRecurringScope(new DateInterval(today, today.PlusMonths(6)), profile.Biweekly ? "every other week" : "weekly", sessions),
            [new GfeProvider(npi, profile.Clinician.Name, "12-3456789", [profile.Clinician.Office + " office"], [profile.Clinician.Office == "Chicago" ? "IL" : "NY"])],
            [new GfeItem(npi, "90837", "Psychotherapy, 60 minutes", [DiagnosisCode.Parse(profile.Diagnosis)], sessions, discounted)],
            [],
            "see cms.gov/nosurprises or call 1-800-985-3059",
            GfeDeliveryMethod.Electronic);
        var estimate = GoodFaithEstimate.Issue(_context.Ids.New<EstimateId>(), draft, today, at, Practice.Biller.UserId);
        if (estimate.Success)
        {
            _context.Records.Estimates.Put(estimate.Value);
        }
        else
        {
            _context.Stats.Refusals++;
        }
    }

    private static ClientRegistration Registration(ClientProfile profile) => new(
        new ClientDemographics(new PersonName(profile.FirstName, null, profile.LastName, null), null, null, profile.DateOfBirth),
        [],
        profile.Clinician.Clinician.Id,
        profile.Clinician.Clinician.SupervisorId);

    private static Instant At(ClientProfile profile, LocalDate date, int hour) => profile.Zone.AtLeniently(date.At(new LocalTime(hour, 0))).ToInstant();

    private static LocalDate NextWeekday(LocalDate date) => date.DayOfWeek switch
    {
        IsoDayOfWeek.Saturday => date.PlusDays(2),
        IsoDayOfWeek.Sunday => date.PlusDays(1),
        _ => date,
    };
}
