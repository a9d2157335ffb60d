using System.Collections.Immutable;
using CounselingRecords.Privacy;

namespace CounselingRecords.Policies.Cancellations;

/// <summary>
/// The client's history the engine decides on: earlier late cancellations and no-shows (for the first-occurrence
/// waiver and escalations) and the cancellation-policy versions they accepted (for R4.8). Attendance history is
/// health information, so the type prints counts only.
/// </summary>
[ProtectedHealthInformation]
public sealed class ClientHistory
{
    /// <summary>Initializes a new instance of the <see cref="ClientHistory"/> class.</summary>
    /// <param name="occurrences">Earlier late cancellations and no-shows (an entry for the appointment being decided is ignored).</param>
    /// <param name="acceptances">Accepted policy versions.</param>
    public ClientHistory(ImmutableArray<PriorOccurrence> occurrences, ImmutableArray<PolicyAcceptance> acceptances)
    {
        occurrences = occurrences.IsDefault ? [] : occurrences;
        acceptances = acceptances.IsDefault ? [] : acceptances;
        if (occurrences.Any(o => o is null) || acceptances.Any(a => a is null))
        {
            throw new ArgumentException("A client history cannot contain null entries.", nameof(occurrences));
        }

        Occurrences = occurrences;
        Acceptances = acceptances;
    }

    /// <summary>Gets an empty history: no earlier events, no accepted policies.</summary>
    public static ClientHistory Empty { get; } = new([], []);

    /// <summary>Gets the earlier late cancellations and no-shows.</summary>
    public ImmutableArray<PriorOccurrence> Occurrences { get; }

    /// <summary>Gets the accepted policy versions.</summary>
    public ImmutableArray<PolicyAcceptance> Acceptances { get; }

    /// <summary>Creates a history with only accepted policy versions.</summary>
    /// <param name="acceptances">The acceptances.</param>
    /// <returns>The history.</returns>
    public static ClientHistory Accepted(params PolicyAcceptance[] acceptances) => new([], [.. acceptances]);

    /// <summary>
    /// Builds a history from the client's earlier decisions (only late cancellations and no-shows are kept; previews
    /// are ignored) and their accepted policy versions (for example <c>ClientAcknowledgments.PolicyAcceptances()</c>).
    /// </summary>
    /// <param name="earlierDecisions">Decisions recorded for the client's earlier appointments.</param>
    /// <param name="acceptances">The accepted policy versions.</param>
    /// <returns>The history.</returns>
    public static ClientHistory From(IEnumerable<CancellationDecision> earlierDecisions, IEnumerable<PolicyAcceptance> acceptances)
    {
        ArgumentNullException.ThrowIfNull(earlierDecisions);
        ArgumentNullException.ThrowIfNull(acceptances);
        return new ClientHistory(
            earlierDecisions
                .Where(d => !d.IsPreview && d.Classification is CancellationClassification.LateCancellation or CancellationClassification.NoShow)
                .Select(PriorOccurrence.From)
                .ToImmutableArray(),
            [.. acceptances]);
    }

    /// <summary>Returns this history with one more earlier event.</summary>
    /// <param name="occurrence">The event.</param>
    /// <returns>The history.</returns>
    public ClientHistory With(PriorOccurrence occurrence)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        return new ClientHistory(Occurrences.Add(occurrence), Acceptances);
    }

    /// <summary>Returns this history with one more accepted policy version.</summary>
    /// <param name="acceptance">The acceptance.</param>
    /// <returns>The history.</returns>
    public ClientHistory With(PolicyAcceptance acceptance)
    {
        ArgumentNullException.ThrowIfNull(acceptance);
        return new ClientHistory(Occurrences, Acceptances.Add(acceptance));
    }

    /// <inheritdoc />
    public override string ToString() => $"ClientHistory ({Occurrences.Length} earlier events, {Acceptances.Length} acceptances)";
}
