## Careers: /path, /next, /jd (bot/features/careers)

cmd_path = The easiest route between two jobs
cmd_next = The closest jobs to move into
cmd_jd = Read a job ad: /jd followed by the ad
careers_help =
    /path FROM | TO: the easiest route between two jobs, step by step
    /next JOB: the three closest jobs to move into
    /jd AD: which job an ad is, and its jargon explained (or just paste the ad)
path_usage = Give me two jobs separated by |, for example: /path editor | product operations
next_usage = Which job are you in? For example: /next media buyer
jd_usage = Paste the job ad after /jd, or simply send it as a message.
jd_unreadable = I could not match that ad to a job I know.
not_a_job = “{ $name }” is not a job I know; try /role to look one up.
