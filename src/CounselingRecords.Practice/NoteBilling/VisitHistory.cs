using CounselingRecords.Care;
using CounselingRecords.Records.Notes;
using NodaTime;

namespace CounselingRecords.Practice.NoteBilling;

/// <summary>
/// What code selection needs to know about the client's earlier visits: whether a diagnostic evaluation was
/// already billed and the last visit date (the payer's repeat break for 90791/90792, R1.8), and the last in-person
/// visit and first telehealth service (the in-person requirement for telehealth at home, R1.17).
/// </summary>
/// <param name="HasPriorDiagnosticEvaluation">Whether the client already had a diagnostic evaluation.</param>
/// <param name="LastVisitDate">The most recent earlier visit, if any.</param>
/// <param name="LastInPersonVisitDate">The most recent earlier in-person visit, if any.</param>
/// <param name="FirstTelehealthServiceDate">The first earlier telehealth service, if any.</param>
public sealed record VisitHistory(bool HasPriorDiagnosticEvaluation, LocalDate? LastVisitDate, LocalDate? LastInPersonVisitDate, LocalDate? FirstTelehealthServiceDate)
{
    /// <summary>Gets the history of a client with no earlier visit.</summary>
    public static VisitHistory None { get; } = new(false, null, null, null);

    /// <summary>Builds the history from the service facts of the client's earlier final notes, counting only services dated before <paramref name="dateOfService"/>.</summary>
    /// <param name="earlier">The service facts of the client's final notes (others are ignored).</param>
    /// <param name="dateOfService">The date of the service being billed.</param>
    /// <returns>The history.</returns>
    public static VisitHistory From(IEnumerable<SessionServiceFacts> earlier, LocalDate dateOfService)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        var before = earlier.Where(f => f is not null && f.DateOfService < dateOfService).ToList();
        return new VisitHistory(
            before.Any(f => f.ServiceKind == ServiceKind.DiagnosticEvaluation),
            before.Count == 0 ? null : before.Max(f => f.DateOfService),
            before.Where(f => f.Modality == Modality.InPerson).Select(f => (LocalDate?)f.DateOfService).Max(),
            before.Where(f => f.Modality != Modality.InPerson).Select(f => (LocalDate?)f.DateOfService).Min());
    }
}
