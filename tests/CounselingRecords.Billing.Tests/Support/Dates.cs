using NodaTime;

namespace CounselingRecords.Billing.Tests.Support;

internal static class Dates
{
    public static LocalDate D(int year, int month, int day) => new(year, month, day);

    public static LocalDate Jan(int day) => new(2026, 1, day);

    public static LocalDate Feb(int day) => new(2026, 2, day);

    public static LocalDate Mar(int day) => new(2026, 3, day);
}
