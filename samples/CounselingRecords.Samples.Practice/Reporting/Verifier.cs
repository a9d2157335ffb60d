using CounselingRecords.Auditing;
using CounselingRecords.Records.Intake;
using CounselingRecords.Records.Notes;
using CounselingRecords.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CounselingRecords.Samples.Practice.Reporting;

/// <summary>
/// Reads every session note and intake assessment back from storage and verifies each signature (the content
/// hashes, R7.6, ADR 0010), then verifies the audit trail's hash chain (R7.15). The reads themselves are audited,
/// so they are done before the chain is checked.
/// </summary>
internal static class Verifier
{
    public static async Task<VerificationReport> VerifyAsync(IServiceProvider scope, CancellationToken cancellationToken)
    {
        var notes = await scope.GetRequiredService<IReadRepository<SessionNote>>().ListAsync(cancellationToken).ConfigureAwait(false);
        var intakes = await scope.GetRequiredService<IReadRepository<IntakeAssessment>>().ListAsync(cancellationToken).ConfigureAwait(false);
        var signedNotes = notes.Where(n => n.Signature is not null).ToList();
        var signedIntakes = intakes.Where(i => i.Signature is not null).ToList();
        var chain = await scope.GetRequiredService<IAuditTrail>().VerifyChainAsync(cancellationToken).ConfigureAwait(false);
        return new VerificationReport(
            chain.EntriesChecked,
            chain.IsIntact,
            signedNotes.Count,
            signedNotes.Count(n => n.Verify().IsIntact),
            signedIntakes.Count,
            signedIntakes.Count(i => i.Verify().IsIntact));
    }

    public static void Render(IAnsiConsole console, VerificationReport report)
    {
        var table = new Table().Title("Verification").AddColumn("Check").AddColumn(new TableColumn("Checked").RightAligned()).AddColumn("Result");
        table.AddRow("Audit chain (SHA-256 links)", report.AuditEntries.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), Status(report.AuditChainIntact));
        table.AddRow("Session note signatures", Count(report.SignedNotes), Status(report.SignedNotes == report.IntactNotes));
        table.AddRow("Intake assessment signatures", Count(report.SignedIntakes), Status(report.SignedIntakes == report.IntactIntakes));
        console.Write(table);
        console.MarkupLine(report.IsIntact ? "[green]Audit chain and signatures intact.[/]" : "[red]BROKEN: the audit chain or a signature does not verify.[/]");
    }

    private static string Count(int n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static string Status(bool ok) => ok ? "[green]OK[/]" : "[red]BROKEN[/]";
}
