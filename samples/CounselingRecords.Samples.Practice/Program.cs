using System.Globalization;
using CounselingRecords.Samples.Practice;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var (options, error) = SampleOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine($"error: {error}");
    return SampleResult.BadOptions;
}

if (options.ShowHelp)
{
    Console.WriteLine(SampleOptions.Usage);
    return SampleResult.Success;
}

var interactive = !Console.IsOutputRedirected;
var result = await SampleRunner.RunAsync(options, Console.Out, Console.Error, interactive);
return result.ExitCode;
