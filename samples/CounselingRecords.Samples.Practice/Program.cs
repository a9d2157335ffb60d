using CounselingRecords.Access;
using CounselingRecords.Auditing;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Samples.Practice;
using CounselingRecords.Storage.Sqlite.Auditing;
using Microsoft.Data.Sqlite;
using NodaTime;
using Spectre.Console;

var (options, error) = SampleOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine("Run with --help to see the options.");
    return 2;
}

if (options.ShowHelp)
{
    Console.WriteLine(SampleOptions.Usage);
    return 0;
}

try
{
    var ids = new SeededIdGenerator(options.Seed);
    IAuditTrail audit = options.InMemory
        ? new CounselingRecords.Testing.Auditing.RecordingAuditSink()
        : new SqliteAuditTrail(new SqliteConnectionStringBuilder { DataSource = options.DatabasePath, Mode = SqliteOpenMode.ReadWriteCreate }.ToString());
    var clock = Instant.FromUtc(2026, 3, 2, 14, 0);
    var clinician = Actor.ForClinician(ids.New<UserId>(), ids.New<ClinicianId>(), "Dr. Avery Lee");
    var client = ids.New<ClientId>();

    AnsiConsole.MarkupLine($"[bold]CounselingRecords sample[/] (seed {options.Seed}) on {(options.InMemory ? "memory" : Markup.Escape(options.DatabasePath))}");

    // A session fee split between a client and a secondary payer, exactly to the cent.
    var fee = Money.Usd(150m);
    var shares = fee.Allocate([2m, 1m]);
    var table = new Table().AddColumn("Party").AddColumn(new TableColumn("Share").RightAligned());
    table.AddRow("Client", shares[0].ToString());
    table.AddRow("Secondary payer", shares[1].ToString());
    table.AddRow("[bold]Total[/]", $"[bold]{Money.Sum(shares, Currency.Usd)}[/]");
    AnsiConsole.Write(table);

    foreach (var action in new[] { AuditAction.Create, AuditAction.Read, AuditAction.Sign })
    {
        await audit.AppendAsync(AuditEntry.For(ids, clock, clinician, action, AuditCategory.Clinical, RecordReference.For("SessionNote", ids.New<NoteId>()), client, AuditOutcome.Succeeded, "access.treating-clinician"));
        clock += Duration.FromMinutes(5);
    }

    var verification = await audit.VerifyChainAsync();
    AnsiConsole.MarkupLine($"Audit chain: [{(verification.IsIntact ? "green" : "red")}]{Markup.Escape(verification.ToString())}[/]");
    return verification.IsIntact ? 0 : 1;
}
catch (SqliteException ex)
{
    Console.Error.WriteLine($"The database at '{options.DatabasePath}' cannot be used: {ex.Message} (SQLite error {ex.SqliteErrorCode}).");
    Console.Error.WriteLine("Choose another file with --db PATH, or run with --in-memory.");
    return 1;
}
catch (UnauthorizedAccessException ex)
{
    Console.Error.WriteLine($"The database at '{options.DatabasePath}' cannot be written: {ex.Message}");
    return 1;
}
