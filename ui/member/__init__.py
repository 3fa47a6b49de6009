"""The member area (會員中心): overview, points, solutions, orders, terminations, receipts."""
