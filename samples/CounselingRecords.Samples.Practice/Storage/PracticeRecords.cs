using CounselingRecords.Billing.Estimates;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Billing.SlidingScale;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Policies.Complaints;
using CounselingRecords.Policies.Documents;
using CounselingRecords.Policies.Inquiries;
using CounselingRecords.Practice.Tasks;
using CounselingRecords.Records.Clients;
using CounselingRecords.Records.Intake;
using CounselingRecords.Records.Notes;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Scheduling.AppointmentTypes;
using CounselingRecords.Scheduling.Availability;
using CounselingRecords.Scheduling.Recurrence;
using CounselingRecords.Storage;
using CounselingRecords.TreatmentPlans.Plans;
using Microsoft.Extensions.DependencyInjection;

namespace CounselingRecords.Samples.Practice.Storage;

/// <summary>
/// Every aggregate the simulation creates or changes, by type, and the flush that saves what changed through the
/// repositories of one scope (inside the day's unit of work).
/// </summary>
internal sealed class PracticeRecords
{
    public Tracked<Client> Clients { get; } = new();

    public Tracked<IntakeAssessment> Intakes { get; } = new();

    public Tracked<SessionNote> Notes { get; } = new();

    public Tracked<TreatmentPlan> Plans { get; } = new();

    public Tracked<Appointment> Appointments { get; } = new();

    public Tracked<AppointmentType> AppointmentTypes { get; } = new();

    public Tracked<ClinicianAvailability> Availability { get; } = new();

    public Tracked<RecurringSeries> Series { get; } = new();

    public Tracked<CancellationPolicyHistory> Policies { get; } = new();

    public Tracked<PolicyDocument> PolicyDocuments { get; } = new();

    public Tracked<ClientAcknowledgments> Acknowledgments { get; } = new();

    public Tracked<Inquiry> Inquiries { get; } = new();

    public Tracked<Complaint> Complaints { get; } = new();

    public Tracked<ClientLedger> Ledgers { get; } = new();

    public Tracked<GoodFaithEstimate> Estimates { get; } = new();

    public Tracked<SlidingFeeAgreement> SlidingFees { get; } = new();

    public Tracked<PracticeTask> Tasks { get; } = new();

    /// <summary>Saves every changed aggregate through the scope's repositories; returns how many were written.</summary>
    public async Task<int> FlushAsync(IServiceProvider scope, CancellationToken cancellationToken)
    {
        var written = 0;
        written += await Clients.FlushAsync(Repo<Client>(scope), cancellationToken).ConfigureAwait(false);
        written += await Intakes.FlushAsync(Repo<IntakeAssessment>(scope), cancellationToken).ConfigureAwait(false);
        written += await Notes.FlushAsync(Repo<SessionNote>(scope), cancellationToken).ConfigureAwait(false);
        written += await Plans.FlushAsync(Repo<TreatmentPlan>(scope), cancellationToken).ConfigureAwait(false);
        written += await AppointmentTypes.FlushAsync(Repo<AppointmentType>(scope), cancellationToken).ConfigureAwait(false);
        written += await Availability.FlushAsync(Repo<ClinicianAvailability>(scope), cancellationToken).ConfigureAwait(false);
        written += await Series.FlushAsync(Repo<RecurringSeries>(scope), cancellationToken).ConfigureAwait(false);
        written += await Appointments.FlushAsync(Repo<Appointment>(scope), cancellationToken).ConfigureAwait(false);
        written += await Policies.FlushAsync(Repo<CancellationPolicyHistory>(scope), cancellationToken).ConfigureAwait(false);
        written += await PolicyDocuments.FlushAsync(Repo<PolicyDocument>(scope), cancellationToken).ConfigureAwait(false);
        written += await Acknowledgments.FlushAsync(Repo<ClientAcknowledgments>(scope), cancellationToken).ConfigureAwait(false);
        written += await Inquiries.FlushAsync(Repo<Inquiry>(scope), cancellationToken).ConfigureAwait(false);
        written += await Complaints.FlushAsync(Repo<Complaint>(scope), cancellationToken).ConfigureAwait(false);
        written += await Ledgers.FlushAsync(Repo<ClientLedger>(scope), cancellationToken).ConfigureAwait(false);
        written += await Estimates.FlushAsync(Repo<GoodFaithEstimate>(scope), cancellationToken).ConfigureAwait(false);
        written += await SlidingFees.FlushAsync(Repo<SlidingFeeAgreement>(scope), cancellationToken).ConfigureAwait(false);
        written += await Tasks.FlushAsync(Repo<PracticeTask>(scope), cancellationToken).ConfigureAwait(false);
        return written;
    }

    private static IRepository<T> Repo<T>(IServiceProvider scope)
        where T : class, IAggregateRoot<T> => scope.GetRequiredService<IRepository<T>>();
}
