using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Practice.MissedAppointments;
using CounselingRecords.Practice.Tasks;
using NodaTime;

namespace CounselingRecords.Samples.Practice.Simulation;

/// <summary>
/// Cancellations and no-shows through <see cref="MissedAppointmentWorkflow"/>: the policy engine classifies the
/// event (on time, late, no-show), decides the fee (none for Medicaid, R4.6; the first late cancellation in six
/// months forgiven), charges it only under the accepted policy (R4.8), cancels the series occurrence and opens an
/// attendance review on the second event in six months. Each decision keeps its explanation.
/// </summary>
internal sealed class MissedAppointmentSteps
{
    private readonly SimulationContext _context;

    public MissedAppointmentSteps(SimulationContext context) => _context = context;

    /// <summary>The zero-fee and fee decisions of the run, in order (the outcome records).</summary>
    public List<CancellationOutcome> Outcomes { get; } = [];

    public Task CancelledByClientAsync(ClientProfile profile, string appointmentKey) =>
        RecordAsync(profile, appointmentKey, CancellationEvent.ByClient(_context.Now, CancellationChannel.Phone));

    public Task NoShowAsync(ClientProfile profile, string appointmentKey) =>
        RecordAsync(profile, appointmentKey, CancellationEvent.NoContact());

    private async Task RecordAsync(ClientProfile profile, string appointmentKey, CancellationEvent cancellation)
    {
        var records = _context.Records;
        var appointment = records.Appointments[appointmentKey];
        var date = appointment.StartInstant.InZone(profile.Zone).Date;
        var slidingFee = profile.SlidingFeeKey is { } key ? records.SlidingFees[key] : null;
        var sessionFee = MissedAppointmentWorkflow.SessionFeeFor(_context.Practice.Fees, "90837", date, appointment.ClinicianId, profile.Id, slidingFee).Value;
        var series = appointment.SeriesId is { } seriesId && records.Series.TryGet(seriesId.ToString(), out var found) ? found : null;
        var openTasks = profile.ReviewTaskKeys.Select(k => records.Tasks[k]).Where(t => t.Status == PracticeTaskStatus.Open).ToArray();
        var result = await new MissedAppointmentWorkflow(_context.Clock, _context.Ids, _context.Audit, [_context.Practice.Intake.Id]).RecordAsync(new MissedAppointmentInput(
            appointment,
            cancellation,
            records.Policies.All.First(),
            sessionFee,
            profile.Coverage,
            records.Acknowledgments[profile.AcknowledgmentsKey!],
            records.Ledgers[profile.LedgerKey!],
            _context.Practice.FrontDesk,
            _context.Now.InZone(profile.Zone).Date,
            [.. profile.Outcomes],
            series,
            [.. openTasks])).ConfigureAwait(false);
        if (result.Failure)
        {
            _context.Stats.Refusals++;
            return;
        }

        var recorded = result.Value;
        records.Appointments.Put(recorded.Appointment);
        if (recorded.Series is { } changed)
        {
            records.Series.Put(changed);
        }

        records.Ledgers.Put(recorded.Ledger);
        if (recorded.ReviewTask is { } review)
        {
            profile.ReviewTaskKeys.Add(records.Tasks.Put(review).Key);
        }

        profile.Outcomes.Add(recorded.Outcome);
        Outcomes.Add(recorded.Outcome);
        _context.Stats.MissedRecorded++;
        if (recorded.Charge is null)
        {
            _context.Stats.ZeroFeeRecords++;
        }
        else
        {
            _context.Stats.FeesCharged++;
        }
    }
}
