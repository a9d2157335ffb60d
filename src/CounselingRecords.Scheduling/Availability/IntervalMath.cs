using NodaTime;

namespace CounselingRecords.Scheduling.Availability;

/// <summary>Set algebra on instant intervals [start, end).</summary>
internal static class IntervalMath
{
    /// <summary>Sorts and merges overlapping or touching intervals in place; returns the new count.</summary>
    public static int Normalize(List<Interval> intervals)
    {
        intervals.RemoveAll(i => i.End <= i.Start);
        if (intervals.Count < 2)
        {
            return intervals.Count;
        }

        intervals.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var write = 0;
        for (var read = 1; read < intervals.Count; read++)
        {
            var current = intervals[write];
            var next = intervals[read];
            if (next.Start <= current.End)
            {
                intervals[write] = new Interval(current.Start, next.End > current.End ? next.End : current.End);
            }
            else
            {
                intervals[++write] = next;
            }
        }

        intervals.RemoveRange(write + 1, intervals.Count - write - 1);
        return intervals.Count;
    }

    /// <summary>Removes the normalized <paramref name="removals"/> from the normalized <paramref name="intervals"/>.</summary>
    public static List<Interval> Subtract(List<Interval> intervals, List<Interval> removals)
    {
        if (removals.Count == 0)
        {
            return intervals;
        }

        var result = new List<Interval>(intervals.Count + removals.Count);
        var r = 0;
        foreach (var interval in intervals)
        {
            var start = interval.Start;
            var end = interval.End;
            while (r < removals.Count && removals[r].End <= start)
            {
                r++;
            }

            var k = r;
            while (k < removals.Count && removals[k].Start < end)
            {
                if (removals[k].Start > start)
                {
                    result.Add(new Interval(start, removals[k].Start));
                }

                if (removals[k].End > start)
                {
                    start = removals[k].End;
                }

                if (start >= end)
                {
                    break;
                }

                k++;
            }

            if (start < end)
            {
                result.Add(new Interval(start, end));
            }
        }

        return result;
    }

    /// <summary>Clips normalized intervals to [from, to).</summary>
    public static List<Interval> Clip(List<Interval> intervals, Instant from, Instant to)
    {
        var result = new List<Interval>(intervals.Count);
        foreach (var interval in intervals)
        {
            var start = interval.Start < from ? from : interval.Start;
            var end = interval.End > to ? to : interval.End;
            if (start < end)
            {
                result.Add(new Interval(start, end));
            }
        }

        return result;
    }
}
