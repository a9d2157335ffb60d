using System.Collections.Immutable;

namespace CounselingRecords.Testing.Samples;

/// <summary>
/// One realistic, fully populated sample of every aggregate of the area packages (built by <see cref="RecordsSamples"/>,
/// <see cref="TreatmentPlansSamples"/>, <see cref="SchedulingSamples"/>, <see cref="PoliciesSamples"/>,
/// <see cref="BillingSamples"/> and <see cref="PracticeSamples"/>), keyed by aggregate type: what wire-format golden
/// files are written from, what fuzzing starts from, what an adapter's conformance run stores.
/// </summary>
public static class SampleAggregates
{
    private static readonly Lazy<ImmutableDictionary<Type, object>> Samples = new(Build);

    /// <summary>Gets every sample, keyed by its aggregate type.</summary>
    public static ImmutableDictionary<Type, object> All => Samples.Value;

    /// <summary>Returns the sample of an aggregate type.</summary>
    /// <typeparam name="T">The aggregate type.</typeparam>
    /// <returns>The sample.</returns>
    /// <exception cref="KeyNotFoundException">No sample exists for <typeparamref name="T"/>.</exception>
    public static T Get<T>()
        where T : class =>
        All.TryGetValue(typeof(T), out var sample) ? (T)sample : throw new KeyNotFoundException($"No sample aggregate of type {typeof(T).Name}.");

    private static ImmutableDictionary<Type, object> Build()
    {
        object[] samples =
        [
            RecordsSamples.Client(),
            RecordsSamples.IntakeAssessment(),
            RecordsSamples.SessionNote(),
            RecordsSamples.PsychotherapyNote(),
            RecordsSamples.ProgressReport(),
            RecordsSamples.RecordAccessRequest(),
            RecordsSamples.AmendmentRequest(),
            TreatmentPlansSamples.TreatmentPlan(),
            SchedulingSamples.Appointment(),
            SchedulingSamples.AppointmentType(),
            SchedulingSamples.ClinicianAvailability(),
            SchedulingSamples.RecurringSeries(),
            SchedulingSamples.WaitlistEntry(),
            SchedulingSamples.ZoneDirectory(),
            PoliciesSamples.CancellationPolicyHistory(),
            PoliciesSamples.PolicyDocument(),
            PoliciesSamples.ClientAcknowledgments(),
            PoliciesSamples.Inquiry(),
            PoliciesSamples.Complaint(),
            BillingSamples.ClientLedger(),
            BillingSamples.GoodFaithEstimate(),
            BillingSamples.SlidingFeeAgreement(),
            PracticeSamples.PracticeTask(),
            PracticeSamples.CancellationOutcome(),
        ];
        return samples.ToImmutableDictionary(s => s.GetType());
    }
}
