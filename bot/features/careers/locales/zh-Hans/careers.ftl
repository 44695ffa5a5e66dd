## Careers: /path, /next, /jd (bot/features/careers)

cmd_path = 两个岗位之间最顺的路线
cmd_next = 离这个岗位最近的去向
cmd_jd = 读懂招聘启事：/jd 加上全文
careers_help =
    /path 现在 | 目标：两个岗位之间最顺的路线
    /next 岗位：最容易转去的三个岗位
    /jd 招聘启事：这是什么岗位、里面的行话什么意思（直接粘贴也可以）
path_usage = 用 | 隔开两个岗位，比如：/path 编辑 | 产品运营
next_usage = 你现在是哪个岗位？比如：/next 媒介
jd_usage = 在 /jd 后面粘贴招聘启事，或者直接把它发给我。
jd_unreadable = 这份招聘启事我对不上已知的岗位。
not_a_job = “{ $name }”不是我知道的岗位；可以用 /role 查一查。
