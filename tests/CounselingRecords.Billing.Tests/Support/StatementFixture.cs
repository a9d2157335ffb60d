using CounselingRecords.Billing.Statements;
using CounselingRecords.Identity;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Billing.Tests.Support;

internal static class StatementFixture
{
    public static StatementSettings Settings { get; } = new(
        new PracticeHeader("Riverside Counseling", "12 Main St, Springfield, IL 62701", "555-0100", "12-3456789"),
        21,
        AgingAnchor.DateOfService,
        "Pay online, by phone or by check.",
        "Ask us about our sliding fee scale.",
        "Billing office, 555-0101");

    public static StatementRequest Request(DateInterval period, LocalDate? statementDate = null) => new(
        TestIds.Numbered<StatementId>(1), period, statementDate ?? period.End, "A-1001", new StatementRecipient("Pat Doe", "Pat Doe", "1 Elm St"));
}
